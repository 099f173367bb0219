/**
 * The demo's store API as a storefront calls it, with fetch: a publishable
 * key on every request and a customer's bearer token once logged in.
 */

export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

/** A JSON request body. */
type Body = Record<string, unknown>

/** `T` names the fields of the answer that the caller reads. */
export type StoreApi = {
  get: <T>(path: string) => Promise<T>
  post: <T>(path: string, body?: Body) => Promise<T>
}

/** Requests as one customer (or as a guest without `token`); a non-2xx rejects with StoreApiError. */
export function storeApi(baseUrl: string, publishableKey: string, token?: string): StoreApi {
  const request = async <T>(method: string, path: string, body?: Body): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": publishableKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const json = await response.json().catch(() => ({}))
    if (!response.ok) {
      throw new StoreApiError(response.status, json.message ?? response.statusText)
    }
    return json
  }
  return {
    get: <T>(path: string) => request<T>("GET", path),
    post: <T>(path: string, body?: Body) => request<T>("POST", path, body ?? {}),
  }
}

/**
 * Signs a new shopper up as a storefront does: registers the email and
 * password, creates the customer with the registration token, then logs in.
 */
export async function registerCustomer(
  baseUrl: string,
  publishableKey: string,
  email: string,
  password = "supersecret-shopper"
) {
  const auth = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    const json = await response.json()
    if (!response.ok) {
      throw new StoreApiError(response.status, json.message ?? response.statusText)
    }
    return json.token as string
  }
  const registration = await auth("/auth/customer/emailpass/register")
  const { customer } = await storeApi(baseUrl, publishableKey, registration).post<{
    customer: { id: string; email: string }
  }>("/store/customers", {
    email,
    first_name: "Test",
    last_name: "Shopper",
  })
  const token = await auth("/auth/customer/emailpass")
  return { customer, api: storeApi(baseUrl, publishableKey, token) }
}

/** The promise's rejection, so a test can look at a refused request's status and message. */
export async function refusal(promise: Promise<unknown>): Promise<StoreApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof StoreApiError) {
      return error
    }
    throw error
  }
  throw new Error("The request was expected to be refused, but it succeeded")
}
