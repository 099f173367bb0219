// The part of autocannon 8's API that bench/http/run.js uses: the package
// ships no types (see its README, "API").
declare module "autocannon" {
  namespace autocannon {
    interface Request {
      method?: string
      path?: string
      headers?: Record<string, string>
      body?: string
    }
    interface Options {
      url: string
      connections?: number
      /** Seconds. */
      duration?: number
      /** Sent in turn by each connection. */
      requests?: Request[]
    }
    interface Result {
      /** Seconds. */
      duration: number
      requests: { total: number }
      non2xx: number
      errors: number
      timeouts: number
      statusCodeStats: Record<string, { count: number }>
    }
    interface Instance {
      on(
        event: "response",
        listener: (
          client: unknown,
          statusCode: number,
          resBytes: number,
          responseTime: number
        ) => void
      ): Instance
    }
  }
  function autocannon(
    options: autocannon.Options,
    callback: (error: Error | null, result: autocannon.Result) => void
  ): autocannon.Instance
  export = autocannon
}
