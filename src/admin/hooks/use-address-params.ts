import { useSearchParams } from "react-router-dom"

/**
 * The page's query parameters, and a writer that changes them from the
 * address as it is now. The router's own functional update starts from the
 * parameters of the render that made the handler, so a handler made before
 * the last change (a debounced search, a popover closing after a click
 * elsewhere) would write the older address back and undo that change. The
 * router writes a new address before it re-renders, so the address itself
 * is never older than a render.
 */
export const useAddressParams = () => {
  const [params, setParams] = useSearchParams()
  const write = (next: (current: URLSearchParams) => URLSearchParams) =>
    setParams(next(new URLSearchParams(window.location.search)), { replace: true })
  return { params, write }
}
