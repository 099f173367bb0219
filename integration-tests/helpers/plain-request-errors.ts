import type { AxiosError, AxiosInstance } from "axios"

/**
 * Makes the runner's `api` reject a 4xx or 5xx with a plain error that names
 * the request and keeps what the tests read: `response.status`, `.data` and
 * `.headers`. Axios's own error holds its request and response, which refer
 * to each other, and a jest worker cannot send such a failure to the parent
 * process: it crashes with "Converting circular structure to JSON", and the
 * report of a parallel run loses the failed test's name.
 */
export function plainRequestErrors(api: AxiosInstance) {
  api.interceptors.response.use(undefined, (error: AxiosError) => {
    if (!error.response) {
      return Promise.reject(error)
    }
    const { status, data, headers } = error.response
    const request = `${error.config?.method?.toUpperCase()} ${error.config?.url}`
    const failure = new Error(
      `${request} answered ${status}: ${JSON.stringify(data)?.slice(0, 2000)}`
    )
    return Promise.reject(
      Object.assign(failure, { response: { status, data, headers: { ...headers } } })
    )
  })
}
