/** Awaits a request that must fail, and checks its status and message. */
export async function expectError(
  request: Promise<unknown>,
  status: number,
  message: string | RegExp
) {
  const error: { response?: { status?: number; data?: { message?: string } } } = await request.then(
    (response) => ({ response: { ...(response as object), resolved: true } }),
    (e) => e
  )
  expect(error.response?.status).toBe(status)
  expect(error.response?.data?.message).toMatch(message)
}

/** What a Medusa route answers with a 4xx or 5xx: the status and the error body. */
export type ErrorAnswer = { status: number; data?: { type?: string; message?: string } }

/**
 * The answer a rejected request carries (the test client rejects a 4xx or
 * 5xx with it as `response`), or undefined for an error without one.
 */
export function answerOf(error: unknown): ErrorAnswer | undefined {
  return error instanceof Object && "response" in error
    ? (error.response as ErrorAnswer | undefined)
    : undefined
}
