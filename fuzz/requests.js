// @ts-check
"use strict"
/**
 * Random and malformed requests for the plugin's routes: valid bodies with
 * real ids (to reach the handlers), the same bodies with a value swapped
 * for junk, pure junk, bad JSON, the wrong content type, huge and unicode
 * strings, deep nesting, wrong and foreign ids in the path, junk query
 * strings, and methods a route does not have. Seeded: a seed replays a run.
 */
const { paramKinds } = require("./routes")

/**
 * mulberry32: small, fast, good enough to pick with.
 * @param {number} seed
 */
function random(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const r = {
    next,
    /**
     * A whole number from `min` to `max`.
     * @param {number} min
     * @param {number} max
     */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** @param {number} p */
    chance: (p) => next() < p,
    /**
     * @template T
     * @param {readonly T[]} list
     * @returns {T}
     */
    pick: (list) => list[Math.floor(next() * list.length)],
    /**
     * Picks by weight: [[weight, value], …].
     * @template T
     * @param {[number, T][]} entries
     * @returns {T}
     */
    weighted: (entries) => {
      let roll = next() * entries.reduce((sum, [w]) => sum + w, 0)
      for (const [w, value] of entries) {
        if ((roll -= w) < 0) return value
      }
      return entries[entries.length - 1][1]
    },
  }
  return r
}

/** @typedef {ReturnType<typeof random>} Random */

const EDGE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "🦄",
  "Ω≈ç√∫",
  "ÅÄÖ åäö",
  "'; DROP TABLE customer; --",
  "%",
  "_",
  "\\",
  "0000-01-01",
  "2026-02-30",
  "2026-13-01",
  "-271821-04-20",
  "+275760-09-13T00:00:00.000Z",
  "9999-12-31T23:59:59+23:59",
  "2026-01-01T24:00Z",
  "1",
  "-1",
  "1e999",
  "NaN",
  "Infinity",
  "null",
  "true",
  "undefined",
  "__proto__",
  "constructor",
  "<script>alert(1)</script>",
  "${7*7}",
  "{{7*7}}",
  "../../etc/passwd",
  "\u202e\u0041\u0042",
  "\ufeff",
  "‮",
  "a".repeat(101),
  "a".repeat(2001),
]
const EDGE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  1.5,
  0.1,
  1e-7,
  1e21,
  1000000,
  1000001,
  36500,
  36501,
  2147483647,
  2147483648,
  -2147483649,
  9007199254740991,
  2 ** 53,
  2 ** 63,
  1e308,
  -1e308,
  5e-324,
]
// Dates JavaScript and PostgreSQL read differently or not at all: years 0,
// negative and past 9999 (JavaScript's own limits ±275760), days that do not
// exist, and text Date.parse reads anyway. Each must be a 400, never a 500.
const EDGE_DATES = [
  "275760-09-13",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00.000Z",
  "-000001-01-01",
  "0000-01-01",
  "0001-01-01",
  "1899-12-31",
  "1900-01-01",
  "9999-12-31",
  "9999-12-31T23:59:59.999Z",
  "10000-01-01",
  "2026-02-30",
  "2025-02-29",
  "2024-02-29",
  "2026-13-01",
  "2026-00-00",
  "2026-01-01T24:00:00Z",
  "2026-01-01T10:00:00+16:00",
  "2026-01-01T10:00:00-14:59",
  "2026",
  "2026-1-1",
  "Dec 31 2026",
  "12/31/2026",
  "1e308",
  "Infinity",
  "-1",
  "0",
  0,
  -1,
  1e308,
  -1e308,
  0.5,
  8.64e15 + 1,
  true,
  [],
  {},
]
const DATE_KEY = /(_at|_from|date|^from$|^to$|_after|_before)$/
/** @param {unknown} value */
const looksLikeDate = (value) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)
// Percent-encoded, as a client sends them. A malformed escape ("%zz") is
// left out: Express fails to decode it before any route runs, and Medusa's
// error handler answers that URIError with a 500 on every route with a
// parameter, its own included — nothing a plugin route can change.
const JUNK_IDS = [
  "",
  "x",
  "0",
  "-1",
  "null",
  "undefined",
  "cus_",
  "cflag_00000000000000000000000000",
  "ltier_missing",
  "%00",
  "..%2F..%2Fadmin",
  "a%2Fb",
  "%F0%9F%A6%84",
  "'%20OR%201%3D1",
  "x".repeat(5000),
]
/** @type {[number, number][]} */
const CODE_POINT_RANGES = [
  [0x20, 0x7e],
  [0xa0, 0x2ff],
  [0x400, 0x4ff],
  [0x4e00, 0x4eff],
  [0x1f300, 0x1f6ff],
  [0x0, 0x1f],
  [0xd800, 0xdfff],
]

/**
 * encodeURIComponent, with half surrogate pairs sent as the bytes a lax encoder would send.
 * @param {string} text
 */
function encode(text) {
  try {
    return encodeURIComponent(text)
  } catch {
    return text
      .split(/([\ud800-\udfff])/)
      .map((part) =>
        /^[\ud800-\udfff]$/.test(part)
          ? `%ED%${(0xa0 + ((part.charCodeAt(0) >> 6) & 0x1f)).toString(16).toUpperCase()}%80`
          : encodeURIComponent(part)
      )
      .join("")
  }
}

/**
 * @param {Random} r
 * @returns {string}
 */
function junkString(r) {
  const kind = r.int(0, 5)
  if (kind <= 1) return r.pick(EDGE_STRINGS)
  if (kind === 2) return r.pick(["x", "é", "🦄", "a\u0000"]).repeat(r.pick([100, 5000, 60_000]))
  const length = r.int(0, 30)
  let text = ""
  for (let i = 0; i < length; i++) {
    const [lo, hi] = r.pick(CODE_POINT_RANGES)
    const cp = r.int(lo, hi)
    text += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp)
  }
  return text
}

/**
 * @param {Random} r
 * @param {number} [depth]
 * @returns {unknown}
 */
function junkValue(r, depth = 0) {
  const kind = r.int(0, depth > 2 ? 5 : 8)
  switch (kind) {
    case 0:
    case 1:
      return junkString(r)
    case 2:
      return r.pick(EDGE_NUMBERS)
    case 3:
      return r.chance(0.5) ? r.int(-1000, 1000) : r.next() * 1e6 - 5e5
    case 4:
      return r.pick([true, false, null])
    case 5:
      return r.pick([[], {}, [null], { "": null }])
    case 6:
      return Array.from({ length: r.int(0, 4) }, () => junkValue(r, depth + 1))
    case 7:
      return Object.fromEntries(
        Array.from({ length: r.int(0, 4) }, () => [
          junkString(r).slice(0, 40),
          junkValue(r, depth + 1),
        ])
      )
    default: {
      /** @type {unknown} */
      let value = "bottom"
      for (let i = 0, n = r.pick([40, 500]); i < n; i++) value = i % 2 ? [value] : { a: value }
      return value
    }
  }
}

/**
 * Picks an id of a kind (`customer`, `flag`, …) from the pools.
 * @typedef {(kind: string) => string} PickId
 */

/**
 * A valid body per route, with real ids, so that requests get past validation.
 * @param {string} key "POST <route pattern>"
 * @param {Random} r
 * @param {PickId} pick
 * @param {number} n the request's number
 * @returns {object}
 */
function validBody(key, r, pick, n) {
  const name = `Fuzz ${n} ${r.int(0, 1e9)}`
  const future = new Date(Date.now() + r.int(1, 400) * 86_400_000).toISOString()
  const rules = r.pick([
    {
      all: [
        {
          field: "total_spent",
          op: "gte",
          value: r.int(0, 5000),
          currency_code: "sek",
          window: { days: r.int(1, 400) },
        },
      ],
    },
    {
      any: [
        { field: "has_flag", op: "in", value: [pick("flag")] },
        { field: "email_domain", op: "eq", value: "example.com" },
      ],
    },
    {
      all: [
        { field: "created_at", op: "between", value: ["2025-01-01", "2026-12-31"] },
        { field: "points_balance", op: "gt", value: 10 },
      ],
    },
    {
      all: [
        {
          field: "purchased_category",
          op: "in",
          value: [pick("category")],
          min_quantity: 2,
          window: { from: "2025-01-01" },
        },
      ],
    },
  ])
  /** @type {Record<string, () => object>} */
  const bodies = {
    "POST /admin/customer-flags": () => ({
      name,
      abbreviation: "FZ",
      icon: "Star",
      color: "#123456",
      display: r.pick(["card", "overview", "popup"]),
      expiry: r.pick([
        { type: "none" },
        { type: "days_after_assignment", days: 30 },
        { type: "fixed_date", date: future },
      ]),
      sales_channel_ids: [],
      description: "fuzz",
    }),
    "POST /admin/customer-flags/:id": () => ({ description: name, color: "#654321" }),
    "POST /admin/customer-flags/:id/purchase-rules": () => ({
      product_ids: [pick("product")],
      min_quantity: 1,
      min_orders: 1,
      window: r.pick([{ days: 30 }, { from: "2025-01-01", to: "2026-12-31" }]),
    }),
    "POST /admin/customers/:id/flags": () => ({
      flag_id: pick("flag"),
      note: name,
      expires_at: r.chance(0.5) ? future : undefined,
    }),
    "POST /admin/customers/:id/loyalty/adjustments": () => ({
      points: r.pick([1, 5, -1, 50]),
      description: name,
    }),
    "POST /admin/customers/:id/b2b-profile": () => ({
      company: name,
      website: "https://example.com",
      allowed_outstanding_amount: 100,
      currency_code: "sek",
      risk_rating: "low",
    }),
    "POST /admin/customers/:id/notes": () => ({ body: name }),
    "POST /admin/customers/:id/notes/:note_id": () => ({ body: name }),
    "POST /admin/loyalty/settings": () => ({
      pending_days: r.int(0, 30),
      min_redeem: r.int(0, 100),
    }),
    "POST /admin/loyalty/earn-rules": () => ({
      name,
      target: { type: "product", id: pick("product") },
      multiplier: 1.5,
      starts_at: "2026-01-01",
      ends_at: future,
    }),
    "POST /admin/loyalty/earn-rules/:id": () => ({ name, ends_at: future }),
    "POST /admin/loyalty/tiers": () => ({ name, min_points: r.int(0, 1e6), rank: r.int(100, 1e6) }),
    "POST /admin/loyalty/tiers/:id": () => ({ description: name }),
    "POST /admin/loyalty/rewards": () => ({
      name,
      points_cost: r.int(1, 100),
      kind: "promotion_code",
      amount: 5,
      currency_code: "sek",
    }),
    "POST /admin/loyalty/rewards/:id": () => ({ description: name }),
    "POST /admin/loyalty/accounts/:id/members": () => ({ customer_id: pick("customer") }),
    "POST /admin/loyalty/accounts/:id/close": () => ({ reason: name }),
    "POST /admin/segments": () => ({
      name,
      rules,
      flag_id: r.chance(0.3) ? pick("flag") : undefined,
    }),
    "POST /admin/segments/:id": () => ({ description: name, rules }),
    "POST /admin/segments/preview": () => ({ rules }),
    "POST /admin/benefits": () => ({
      flag_id: pick("flag"),
      kind: "offer_link",
      title: name,
      url: "https://example.com/offer",
      starts_at: "2026-01-01T00:00:00Z",
      ends_at: future,
    }),
    "POST /admin/benefits/:id": () => ({
      title: name,
      ends_at: future,
      url: r.pick(["https://example.com/x", "javascript:alert(1)", "data:text/html,x"]),
    }),
    "POST /admin/products/:id/sale-start": () => ({
      public_sale_starts_at: r.chance(0.5) ? future : null,
    }),
    "POST /store/customers/me/loyalty/redemptions": () => ({ reward_id: pick("reward") }),
    "POST /hooks/customer-loyalty/bookings": () => ({
      id: name,
      customer_id: pick("customer"),
      product_id: pick("product"),
      occurred_at: new Date().toISOString(),
      status: "completed",
    }),
  }
  return (bodies[key] ?? (() => ({})))()
}

/** @typedef {(string | number)[]} JsonPath */
/** @typedef {Record<string | number, unknown>} JsonNode an object or array of a JSON copy */

/**
 * Every path into an object or array.
 * @param {unknown} value
 * @param {JsonPath} [prefix]
 * @returns {JsonPath[]}
 */
function pathsOf(value, prefix = []) {
  if (Array.isArray(value))
    return value.flatMap((child, i) => [[...prefix, i], ...pathsOf(child, [...prefix, i])])
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, child]) => [
      [...prefix, k],
      ...pathsOf(child, [...prefix, k]),
    ])
  }
  return []
}

/**
 * The value at `path` in a JSON copy (undefined when there is none).
 * @param {JsonNode} root
 * @param {JsonPath} path
 * @returns {unknown}
 */
const at = (root, path) =>
  path.reduce(
    (/** @type {unknown} */ node, key) => /** @type {JsonNode | undefined} */ (node)?.[key],
    root
  )

/**
 * The body with one date or number in it (a date-named key, a date-like text, any number) set to an edge case.
 * @param {object} body
 * @param {Random} r
 * @returns {JsonNode}
 */
function edgeSwap(body, r) {
  /** @type {JsonNode} */
  const copy = JSON.parse(JSON.stringify(body))
  const targets = pathsOf(copy).filter((path) => {
    const value = at(copy, path)
    return (
      typeof value === "number" ||
      looksLikeDate(value) ||
      DATE_KEY.test(String(path[path.length - 1]))
    )
  })
  if (!targets.length) return mutate(copy, r)
  const path = r.pick(targets)
  // A path's parent is an object or array.
  const parent = /** @type {JsonNode} */ (at(copy, path.slice(0, -1)))
  const value = parent[path[path.length - 1]]
  parent[path[path.length - 1]] =
    typeof value === "number" && r.chance(0.7) ? r.pick(EDGE_NUMBERS) : r.pick(EDGE_DATES)
  return copy
}

/**
 * The body with one to three values replaced by junk, removed or added.
 * @param {object} body
 * @param {Random} r
 * @returns {JsonNode}
 */
function mutate(body, r) {
  /** @type {JsonNode} */
  const copy = JSON.parse(JSON.stringify(body))
  const paths = pathsOf(copy)
  for (let i = 0, n = r.int(1, 3); i < n; i++) {
    const action = paths.length ? r.int(0, 2) : 2
    if (action === 2) {
      copy[
        r.chance(0.5)
          ? junkString(r).slice(0, 30)
          : r.pick(["id", "customer_id", "deleted_at", "__proto__", "metadata"])
      ] = junkValue(r)
      continue
    }
    const path = r.pick(paths)
    const node = at(copy, path.slice(0, -1))
    if (!node || typeof node !== "object") continue
    const parent = /** @type {JsonNode} */ (node)
    if (action === 0) parent[path[path.length - 1]] = junkValue(r)
    else delete parent[path[path.length - 1]]
  }
  return copy
}

const QUERY_KEYS = [
  "limit",
  "offset",
  "order",
  "fields",
  "with_deleted",
  "q",
  "type",
  "status",
  "from",
  "to",
  "customer_id",
  "flag_id",
  "tier_id",
  "segment_id",
  "sales_channel_id",
  "is_active",
  "target_type",
  "kind",
  "has_account",
  "sales_min",
  "sales_max",
  "currency_code",
  "include_deleted",
  "entered_after",
  "entered_before",
  "a.b.c",
  "fields[]",
  "limit[a]",
  "q[0]",
  "__proto__[x]",
]

/**
 * @param {Random} r
 * @param {PickId} pick
 */
function junkQuery(r, pick) {
  /** @type {string[]} */
  const parts = []
  for (let i = 0, n = r.int(1, 5); i < n; i++) {
    const key = r.chance(0.8) ? r.pick(QUERY_KEYS) : junkString(r).slice(0, 30)
    const value = r.weighted([
      [
        3,
        () => {
          const value = junkValue(r)
          return (
            typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)
          ).slice(0, r.pick([50, 5000]))
        },
      ],
      [
        2,
        () =>
          String(
            r.pick([
              ...EDGE_NUMBERS,
              "-created_at",
              "created_at",
              "*id",
              "+x",
              "-",
              "",
              "true",
              "false",
            ])
          ),
      ],
      [DATE_KEY.test(key) ? 6 : 1, () => String(r.pick(EDGE_DATES))],
      [1, () => pick(r.pick(["customer", "flag", "tier", "segment"]))],
    ])()
    // Keys keep their brackets (qs reads them as arrays and objects).
    parts.push(`${encode(key).replace(/%5B/g, "[").replace(/%5D/g, "]")}=${encode(value)}`)
  }
  return parts.join("&")
}

/**
 * The next request: a route, a method, an actor, a path with ids, a query
 * and a body. `pools` holds ids by kind; `protectedIds` ids admin writes
 * leave alone (the shoppers and the VIP flag the leak check relies on).
 * @param {{ routes: import("./routes").Route[], seed: number }} options
 */
function createRequestGenerator({ routes, seed }) {
  const r = random(seed)
  let n = 0
  /**
   * @param {object} state
   * @param {import("./actors").Pools} state.pools
   * @param {Record<string, import("./actors").Actor>} state.actors
   * @param {Set<string>} state.protectedIds
   * @param {string} state.publishableKey
   */
  return function nextRequest({ pools, actors, protectedIds, publishableKey }) {
    n += 1
    const route = r.pick(routes)
    const method = r.chance(0.95)
      ? r.pick(route.methods)
      : r.pick(["GET", "POST", "DELETE", "PUT", "PATCH"])
    const actor = r.pick(Object.values(actors))
    const writes = method !== "GET"
    const adminWrite = actor.name === "admin" && writes
    /** @param {string} kind */
    const usable = (kind) =>
      (kind === "note" ? pools.note.map((note) => note.id) : (pools[kind] ?? [])).filter(
        (id) => !(adminWrite && protectedIds.has(id))
      )
    /** @type {PickId} */
    const pick = (kind) => {
      const list = usable(kind)
      return list.length ? r.pick(list) : `${kind}_missing`
    }

    // Path parameters: the right kind of id, another kind's, or junk.
    /** @type {Record<string, string>} */
    const params = {}
    for (const { name, kind } of paramKinds(route.pattern)) {
      params[name] = r.weighted([
        [6, () => encode(pick(kind))],
        [
          1,
          () => encode(pick(r.pick(["customer", "flag", "tier", "segment", "account", "reward"]))),
        ],
        [1, () => encode(actor.other?.id ?? pick("customer"))],
        [3, () => r.pick(JUNK_IDS)],
      ])()
    }
    const note =
      route.pattern.includes(":note_id") && pools.note.length && r.chance(0.7)
        ? r.pick(pools.note)
        : null
    if (note && !(adminWrite && protectedIds.has(note.customerId))) {
      params.id = encode(note.customerId)
      params.note_id = encode(note.id)
    }
    const path = route.pattern.replace(/:([a-z_]+)/g, (_, name) => params[name])
    // Medusa's own product routes get the queries a storefront sends: junk
    // there tests Medusa (a negative offset or a key three levels deep is a
    // 500 in its own validation), not the plugin's middleware on them.
    const query = route.medusa
      ? r.pick([
          "",
          "limit=5",
          "fields=*variants",
          "q=opera",
          "q=%C3%85%C3%84%C3%96",
          "q=%25",
          "offset=1000",
        ])
      : r.chance(0.4)
        ? junkQuery(r, pick)
        : ""

    /** @type {Record<string, string>} */
    const headers = { ...actor.headers }
    // The admin's token on a store route, with the store's key.
    if (route.pattern.startsWith("/store") && actor.name === "admin")
      headers["x-publishable-api-key"] = publishableKey
    if (route.pattern.startsWith("/store") && actor.name === "anonymous") {
      const key = r.weighted([
        [8, publishableKey],
        [1, undefined],
        [1, "pk_" + "0".repeat(64)],
      ])
      if (key) headers["x-publishable-api-key"] = key
      else delete headers["x-publishable-api-key"]
    }
    if (r.chance(0.1)) {
      // Header values are bytes: Latin-1 without control characters.
      headers["idempotency-key"] =
        junkString(r)
          .slice(0, 200)
          .replace(/[^\x20-\x7e\xa0-\xff]/g, "?") || "k"
    }

    /** @type {{ type: string, text: string } | undefined} */
    let body
    const sendsBody = writes && method !== "DELETE" ? true : r.chance(0.1)
    if (sendsBody) {
      const key = `POST ${route.pattern}`
      const valid = validBody(key, r, pick, n)
      const form = r.weighted([
        [30, "valid"],
        [30, "mutated"],
        [15, "edge"],
        [10, "junk"],
        [5, "bad-json"],
        [5, "text"],
        [5, "form"],
        [3, "huge"],
        [1, "deep"],
        [1, "empty"],
      ])
      if (form === "valid" || form === "mutated" || form === "edge") {
        const sent =
          form === "valid" ? valid : form === "edge" ? edgeSwap(valid, r) : mutate(valid, r)
        body = { type: "application/json", text: JSON.stringify(sent) }
      } else if (form === "junk") {
        body = { type: "application/json", text: JSON.stringify(junkValue(r)) ?? "null" }
      } else if (form === "bad-json") {
        body = {
          type: "application/json",
          text: r.pick([
            '{"a":',
            "{'a': 1}",
            "[1,2",
            "nul",
            '{"a":1}}',
            "\u0000",
            '{"__proto__":{"polluted":1}}',
            "{}" + "x".repeat(10),
          ]),
        }
      } else if (form === "text") {
        body = {
          type: r.pick(["text/plain", "application/xml", "multipart/form-data; boundary=x"]),
          text: JSON.stringify(valid),
        }
      } else if (form === "form") {
        body = {
          type: "application/x-www-form-urlencoded",
          text: "a[b][c]=1&name=x&rules[all][0][field]=has_flag&points=5&" + junkQuery(r, pick),
        }
      } else if (form === "deep") {
        // Nesting JSON.stringify itself cannot write: 10,000 levels in 60 KB.
        const depth = 10_000
        body = {
          type: "application/json",
          text: `{"metadata":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`,
        }
      } else if (form === "huge") {
        body = {
          type: "application/json",
          text: JSON.stringify({ ...valid, description: "x".repeat(r.pick([90_000, 200_000])) }),
        }
      } else {
        body = { type: "application/json", text: "" }
      }
    }
    return { n, route: route.pattern, method, actor: actor.name, path, query, headers, body }
  }
}

/**
 * One request of the run.
 * @typedef {ReturnType<ReturnType<typeof createRequestGenerator>>} FuzzRequest
 */

module.exports = { createRequestGenerator }
