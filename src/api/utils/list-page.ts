/** What `query.graph` reports about a page. */
type PageMetadata = { count?: number; skip?: number; take?: number } | undefined

/**
 * A list page the way Medusa's own list routes answer:
 * `{ [key]: items, count, offset, limit }`.
 */
export function listPage<K extends string, T>(
  key: K,
  items: T[],
  metadata: PageMetadata
): Record<K, T[]> & { count: number; offset: number; limit: number } {
  return {
    [key]: items,
    count: metadata?.count ?? items.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? items.length,
  } as Record<K, T[]> & { count: number; offset: number; limit: number }
}
