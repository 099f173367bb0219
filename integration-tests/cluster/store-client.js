/**
 * The store API as a storefront calls it, over plain fetch, spread across
 * several servers: each request of a checkout may go to another instance,
 * as behind a load balancer, so nothing may depend on an instance's memory.
 */
"use strict"

class StoreApiError extends Error {
  constructor(status, message, path) {
    super(`${status} on ${path}: ${message}`)
    this.status = status
  }
}

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
  const json = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new StoreApiError(response.status, json.message ?? response.statusText, path)
  }
  return json
}

/** Signs a shopper up (register, create the customer, log in) on the given server. */
async function registerCustomer(baseUrl, key, email, password = "cluster-shopper") {
  const auth = async (path) =>
    (await request(baseUrl, "POST", path, { body: { email, password } })).token
  const registration = await auth("/auth/customer/emailpass/register")
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
 */
async function placeOrder(serverFor, world, token) {
  const auth = { key: world.publishable_key, token }
  const { cart } = await request(serverFor(0), "POST", "/store/carts", {
    ...auth,
    body: { region_id: world.region_id, items: [{ variant_id: world.variant_id, quantity: 1 }] },
  })
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
  const completed = await request(serverFor(3), "POST", `/store/carts/${cart.id}/complete`, auth)
  if (completed.type !== "order") {
    throw new Error(`Cart ${cart.id} did not become an order: ${JSON.stringify(completed.error ?? completed)}`)
  }
  return completed.order.id
}

/** Redeems a reward; resolves to `{ status, code?, message? }` whatever the answer. */
async function redeem(baseUrl, world, token) {
  try {
    const { redemption } = await request(baseUrl, "POST", "/store/customers/me/loyalty/redemptions", {
      key: world.publishable_key,
      token,
      body: { reward_id: world.reward_id },
    })
    return { status: 201, code: redemption.code }
  } catch (error) {
    if (error instanceof StoreApiError) return { status: error.status, message: error.message }
    throw error
  }
}

module.exports = { StoreApiError, registerCustomer, placeOrder, redeem }
