/** The offsets the API still takes; past them a page is reached by cursor only. */
export const MAX_PAGE_OFFSET = 10_000

export type CursorPageQuery = { limit: number; cursor?: string; offset?: number }

/**
 * The query of page `pageIndex`: after the cursor the page before returned
 * (Next and Previous only ever go to a page whose cursor is known), or by
 * offset for a page reached before its cursor arrived.
 */
export function cursorPageQuery(
  pageIndex: number,
  pageSize: number,
  cursors: Record<number, string>
): CursorPageQuery {
  if (pageIndex === 0) {
    return { limit: pageSize }
  }
  const cursor = cursors[pageIndex]
  return cursor
    ? { limit: pageSize, cursor }
    : { limit: pageSize, offset: Math.min(pageIndex * pageSize, MAX_PAGE_OFFSET) }
}
