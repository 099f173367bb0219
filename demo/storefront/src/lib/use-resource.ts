import { DependencyList, useCallback, useEffect, useRef, useState } from "react"

export type Resource<T> = {
  data: T | undefined
  error: unknown
  loading: boolean
  reload: () => Promise<void>
}

/**
 * Loads data for a component and reloads it when `deps` change or on
 * `reload()`. An answer that arrives after a newer request started is
 * dropped, so a quick change of selection never shows stale data.
 */
export function useResource<T>(load: () => Promise<T>, deps: DependencyList): Resource<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<unknown>()
  const [loading, setLoading] = useState(true)
  const latest = useRef(0)

  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps)

  const reload = useCallback(async () => {
    const request = ++latest.current
    setLoading(true)
    try {
      const value = await run()
      if (request === latest.current) {
        setData(value)
        setError(undefined)
      }
    } catch (e) {
      if (request === latest.current) {
        setError(e)
      }
    } finally {
      if (request === latest.current) {
        setLoading(false)
      }
    }
  }, [run])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, error, loading, reload }
}
