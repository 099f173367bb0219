// @ts-check
"use strict"
/**
 * The people the fuzz run acts as — the demo's admin, two shoppers it
 * registers through the store API (one given the VIP flag, both given
 * points, so both have a membership and a member number), and anonymous —
 * and the ids it aims requests at, read from the admin API.
 */

const ADMIN = { email: "admin@example.com", password: "supersecret" }

/**
 * A shopper the run registered, with what the leak check looks for.
 * @typedef {object} Shopper
 * @property {{ id: string, email: string }} customer
 * @property {Record<string, string>} headers
 * @property {string} id
 * @property {string} email
 * @property {string} account_id
 * @property {string} member_number
 * @property {string} [cart_id]
 */

/**
 * Someone the run sends requests as; a shopper knows themself and the other.
 * @typedef {{ name: string, headers: Record<string, string>, self?: Shopper, other?: Shopper }} Actor
 */

/**
 * Ids by kind, for the paths and bodies of requests; notes with their customer.
 * @typedef {Record<string, string[] | undefined> & { customer: string[], note: { customerId: string, id: string }[] }} Pools
 */

/**
 * A request that must succeed; its JSON answer, typed by the caller.
 * @template T
 * @param {string} url
 * @param {string} method
 * @param {string} path
 * @param {{ headers?: Record<string, string>, body?: unknown }} [request]
 * @returns {Promise<T>}
 */
async function call(url, method, path, { headers = {}, body } = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(body !== undefined && { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  })
  const text = await response.text()
  /** @type {unknown} */
  let json = null
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON
  }
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`)
  }
  return /** @type {T} */ (json)
}

/**
 * @param {string} url
 * @param {string} publishableKey
 * @param {string} email
 * @param {string} firstName
 */
async function registerShopper(url, publishableKey, email, firstName) {
  const password = "fuzz-password-1"
  /** @type {{ token: string }} */
  const { token: registration } = await call(url, "POST", "/auth/customer/emailpass/register", {
    body: { email, password },
  })
  /** @type {{ customer: { id: string, email: string } }} */
  const { customer } = await call(url, "POST", "/store/customers", {
    headers: { authorization: `Bearer ${registration}`, "x-publishable-api-key": publishableKey },
    body: { email, first_name: firstName, last_name: "Fuzz" },
  })
  /** @type {{ token: string }} */
  const { token } = await call(url, "POST", "/auth/customer/emailpass", {
    body: { email, password },
  })
  return {
    customer,
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey },
  }
}

/**
 * Admin, shopper A (VIP), shopper B and anonymous, with what the leak check looks for.
 * @param {string} url
 * @param {string} runId
 */
async function createActors(url, runId) {
  /** @type {{ token: string }} */
  const { token } = await call(url, "POST", "/auth/user/emailpass", { body: ADMIN })
  const admin = { authorization: `Bearer ${token}` }
  /** @type {{ api_keys: { token: string, revoked_at: string | null }[] }} */
  const { api_keys } = await call(url, "GET", "/admin/api-keys?type=publishable&limit=50", {
    headers: admin,
  })
  const publishableKey = api_keys.find((key) => !key.revoked_at)?.token
  if (!publishableKey) throw new Error("The demo has no publishable API key")

  /** @type {{ customer_flags: { id: string, name: string }[] }} */
  const { customer_flags } = await call(url, "GET", "/admin/customer-flags?limit=500", {
    headers: admin,
  })
  const vip = customer_flags.find((flag) => flag.name === "VIP")
  if (!vip) throw new Error("The demo has no VIP flag")

  // Filled in the loop below.
  const shoppers = /** @type {Record<"A" | "B", Shopper>} */ ({})
  for (const [name, first] of /** @type {const} */ ([
    ["A", "Astrid"],
    ["B", "Bertil"],
  ])) {
    const shopper = await registerShopper(
      url,
      publishableKey,
      `fuzz-${name.toLowerCase()}-${runId}@example.com`,
      first
    )
    const id = shopper.customer.id
    await call(url, "POST", `/admin/customers/${id}/loyalty/adjustments`, {
      headers: { ...admin, "idempotency-key": `fuzz-start-${runId}-${name}` },
      body: { points: 100_000, description: "Fuzz run start" },
    })
    /** @type {{ loyalty_account: { id: string, member_number: string } }} */
    const { loyalty_account } = await call(url, "GET", `/admin/customers/${id}/loyalty`, {
      headers: admin,
    })
    shoppers[name] = {
      ...shopper,
      id,
      email: shopper.customer.email,
      account_id: loyalty_account.id,
      member_number: loyalty_account.member_number,
    }
  }
  await call(url, "POST", `/admin/customers/${shoppers.A.id}/flags`, {
    headers: admin,
    body: { flag_id: vip.id },
  })

  // A cart each, for the cart routes.
  /** @type {{ regions: { id: string }[] }} */
  const { regions } = await call(url, "GET", "/store/regions?limit=1", {
    headers: { "x-publishable-api-key": publishableKey },
  })
  for (const shopper of Object.values(shoppers)) {
    /** @type {{ cart: { id: string } }} */
    const { cart } = await call(url, "POST", "/store/carts", {
      headers: shopper.headers,
      body: { region_id: regions[0].id },
    })
    shopper.cart_id = cart.id
  }

  return {
    publishableKey,
    vip,
    /** Every flag's name when the run starts: none may show in a store response. */
    flagNames: customer_flags.map((flag) => flag.name),
    /** @type {Record<string, Actor>} admin, shopperA, shopperB and anonymous */
    actors: {
      admin: { name: "admin", headers: admin },
      shopperA: {
        name: "shopperA",
        headers: shoppers.A.headers,
        self: shoppers.A,
        other: shoppers.B,
      },
      shopperB: {
        name: "shopperB",
        headers: shoppers.B.headers,
        self: shoppers.B,
        other: shoppers.A,
      },
      anonymous: { name: "anonymous", headers: { "x-publishable-api-key": publishableKey } },
    },
    shoppers,
  }
}

/**
 * The ids of a list (those it has).
 * @param {{ id?: string }[] | undefined} list
 * @returns {string[]}
 */
const ids = (list) => /** @type {string[]} */ ((list ?? []).map((item) => item.id).filter(Boolean))

/** @typedef {{ id?: string, variants?: { id?: string }[] }} Listed an item of an admin list */

/**
 * Ids of everything a route's path or body can name, from the admin API.
 * @param {string} url
 * @param {Record<string, string>} adminHeaders
 * @param {Record<string, Shopper>} shoppers
 * @returns {Promise<Pools>}
 */
async function readPools(url, adminHeaders, shoppers) {
  /**
   * The list under `key` in the answer of `path`; none when it fails.
   * @param {string} path
   * @param {string} key
   * @returns {Promise<Listed[]>}
   */
  const get = async (path, key) => {
    try {
      return (await call(url, "GET", path, { headers: adminHeaders }))?.[key] ?? []
    } catch {
      return []
    }
  }
  const customers = await get("/admin/customers?limit=40&fields=id", "customers")
  const products = await get("/admin/products?limit=20&fields=id,variants.id", "products")
  /** @type {Pools} */
  const pools = {
    flag: ids(await get("/admin/customer-flags?limit=500", "customer_flags")),
    segment: ids(await get("/admin/segments?limit=200", "segments")),
    tier: ids(await get("/admin/loyalty/tiers", "tiers")),
    reward: ids(await get("/admin/loyalty/rewards?limit=200", "rewards")),
    earn_rule: ids(await get("/admin/loyalty/earn-rules?limit=200", "earn_rules")),
    account: ids(await get("/admin/loyalty/accounts?limit=200", "loyalty_accounts")),
    benefit: ids(await get("/admin/benefits?limit=200", "benefits")),
    customer: ids(customers),
    product: ids(products),
    variant: products.flatMap((p) => ids(p.variants)),
    collection: ids(await get("/admin/collections?limit=20&fields=id", "collections")),
    category: ids(await get("/admin/product-categories?limit=20&fields=id", "product_categories")),
    sales_channel: ids(await get("/admin/sales-channels?limit=20&fields=id", "sales_channels")),
    cart: Object.values(shoppers).map((s) => /** @type {string} */ (s.cart_id)),
    note: [],
  }
  for (const customerId of pools.customer.slice(0, 5)) {
    pools.note.push(
      ...ids(await get(`/admin/customers/${customerId}/notes?limit=20`, "notes")).map((id) => ({
        customerId,
        id,
      }))
    )
  }
  return pools
}

module.exports = { createActors, readPools, call }
