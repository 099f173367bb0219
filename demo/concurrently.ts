/** How many customers the seed writes at once. */
export const SEED_CONCURRENCY = 4

/**
 * Runs `run` on every item with at most `limit` running at once, and returns
 * the results in the items' order. The seed writes each customer's orders
 * and points through workflows that spend most of their time waiting on the
 * database, so a few customers at once seed faster, while each customer's
 * own history is still written in order.
 */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await run(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
