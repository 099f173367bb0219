// @ts-check
/**
 * The store API as a storefront calls it, over plain fetch, spread across
 * several servers: each request of a checkout may go to another instance,
 * as behind a load balancer, so nothing may depend on an instance's memory.
 */
"use strict"

class StoreApiError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {string} path
   */
  constructor(status, message, path) {
    super(`${status} on ${path}: ${message}`)
    this.status = status
  }
}

/**
 * What seed.ts wrote for the run (world.json).
 * @typedef {object} World
 * @property {string} publishable_key
 * @property {string} region_id
 * @property {string} variant_id
 * @property {string} reward_id
 * @property {number} ticket_price
 * @property {number} reward_cost
 */

/**
 * A store request; its JSON answer (typed by the caller), or a StoreApiError.
 * @template T
 * @param {string} baseUrl
 * @param {string} method
 * @param {string} path
 * @param {{ key?: string, token?: string, body?: unknown }} [options]
 * @returns {Promise<T>}
 */
async function request(baseUrl, method, path, { key, token, body } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(key ? { "x-publishable-api-key": key } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = /** @type {{ message?: string }} */ (await response.json().catch(() => ({})))
  if (!response.ok) {
    throw new StoreApiError(response.status, json.message ?? response.statusText, path)
  }
  return /** @type {T} */ (json)
}

/**
 * Signs a shopper up (register, create the customer, log in) on the given server.
 * @param {string} baseUrl
 * @param {string} key the publishable key
 * @param {string} email
 * @param {string} [password]
 */
async function registerCustomer(baseUrl, key, email, password = "cluster-shopper") {
  /** @param {string} path */
  const auth = async (path) =>
    /** @type {{ token: string }} */ (
      await request(baseUrl, "POST", path, { body: { email, password } })
    ).token
  const registration = await auth("/auth/customer/emailpass/register")
  /** @type {{ customer: { id: string } }} */
  const { customer } = await request(baseUrl, "POST", "/store/customers", {
    key,
    token: registration,
    body: { email, first_name: "Cluster", last_name: "Shopper" },
  })
  const token = await auth("/auth/customer/emailpass")
  return { customer, token }
}

/**
 * One order for one ticket: cart, payment collection, payment session with
 * Medusa's system provider, completion. `serverFor(step)` says which base
 * URL takes each of the four requests. Resolves to the order id.
 * @param {(step: number) => string} serverFor
 * @param {World} world
 * @param {string} token the shopper's
 * @returns {Promise<string>}
 */
async function placeOrder(serverFor, world, token) {
  const auth = { key: world.publishable_key, token }
  /** @type {{ cart: { id: string } }} */
  const { cart } = await request(serverFor(0), "POST", "/store/carts", {
    ...auth,
    body: { region_id: world.region_id, items: [{ variant_id: world.variant_id, quantity: 1 }] },
  })
  /** @type {{ payment_collection: { id: string } }} */
  const { payment_collection } = await request(serverFor(1), "POST", "/store/payment-collections", {
    ...auth,
    body: { cart_id: cart.id },
  })
  await request(
    serverFor(2),
    "POST",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { ...auth, body: { provider_id: "pp_system_default" } }
  )
  /** @type {{ type: "order", order: { id: string } } | { type: "cart", error?: unknown }} */
  const completed = await request(serverFor(3), "POST", `/store/carts/${cart.id}/complete`, auth)
  if (completed.type !== "order") {
    throw new Error(
      `Cart ${cart.id} did not become an order: ${JSON.stringify(completed.error ?? completed)}`
    )
  }
  return completed.order.id
}

/**
 * Redeems a reward; resolves to `{ status, code?, message? }` whatever the answer.
 * @param {string} baseUrl
 * @param {World} world
 * @param {string} token the shopper's
 */
async function redeem(baseUrl, world, token) {
  try {
    /** @type {{ redemption: { code: string } }} */
    const { redemption } = await request(
      baseUrl,
      "POST",
      "/store/customers/me/loyalty/redemptions",
      {
        key: world.publishable_key,
        token,
        body: { reward_id: world.reward_id },
      }
    )
    return { status: 201, code: redemption.code }
  } catch (error) {
    if (error instanceof StoreApiError) return { status: error.status, message: error.message }
    throw error
  }
}

module.exports = { StoreApiError, registerCustomer, placeOrder, redeem }
