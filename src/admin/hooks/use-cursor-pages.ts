import { useCallback, useEffect, useRef } from "react"
import { cursorPageQuery } from "../lib/cursor-pages"

/**
 * Next/Previous over a list paged by cursor. The cursor of every page seen
 * is kept (a stack, so Previous needs no offset) until `listKey`, the
 * list's filters, changes. Returns the query of page `pageIndex`, and
 * `useNextCursor` to call with each loaded page's `next_cursor`.
 */
export const useCursorPages = (pageIndex: number, pageSize: number, listKey: string) => {
  const kept = useRef<{ listKey: string; cursors: Record<number, string> }>({
    listKey,
    cursors: {},
  })
  if (kept.current.listKey !== listKey) {
    kept.current = { listKey, cursors: {} }
  }
  const keep = useCallback((forPage: number, forList: string, nextCursor: string) => {
    if (kept.current.listKey === forList) {
      kept.current.cursors[forPage + 1] = nextCursor
    }
  }, [])

  /**
   * Keeps the cursor after the page shown, unless the data is a placeholder
   * from the page before (then its cursor is not this page's).
   */
  const useNextCursor = (nextCursor?: string | null, isPlaceholderData?: boolean) =>
    useEffect(() => {
      if (nextCursor && !isPlaceholderData) {
        keep(pageIndex, listKey, nextCursor)
      }
    }, [nextCursor, isPlaceholderData])

  return {
    query: cursorPageQuery(pageIndex, pageSize, kept.current.cursors),
    useNextCursor,
  }
}
