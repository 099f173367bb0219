import type { MedusaSuiteOptions } from "./medusa-test-runner"
import { answerOf } from "./expect-error"

/**
 * What a shopper's GET requests to `paths` answer, as one text to search
 * for what must not leak, after the bodies already at hand (`earlier`).
 * No request may answer 5xx; a refusal (4xx) is searched as well.
 */
export async function storeResponses(
  api: MedusaSuiteOptions["api"],
  shopper: { headers: Record<string, string> },
  paths: string[],
  earlier: unknown[] = []
) {
  const bodies = earlier.map((body) => JSON.stringify(body))
  for (const path of paths) {
    const response = await api.get(path, shopper).catch(answerOf)
    expect(response.status).toBeLessThan(500)
    bodies.push(JSON.stringify(response.data))
  }
  return bodies.join("\n")
}
