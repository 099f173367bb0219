/**
 * Rows per statement when a workflow works through many customers at once
 * (a segment refresh can flag tens of thousands): well below PostgreSQL's
 * limit of 65,535 parameters per statement, large enough to stay quick.
 */
export const CHUNK_SIZE = 1000

export function chunks<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size))
  }
  return result
}

/** Runs `fn` on each chunk in turn and concatenates the results. */
export async function inChunks<T, R>(
  items: readonly T[],
  fn: (chunk: T[]) => Promise<R[] | void>,
  size = CHUNK_SIZE
): Promise<R[]> {
  const results: R[] = []
  for (const chunk of chunks(items, size)) {
    results.push(...((await fn(chunk)) ?? []))
  }
  return results
}
