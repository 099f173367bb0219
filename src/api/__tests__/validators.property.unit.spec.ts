import fc from "fast-check"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import middlewares from "../middlewares"
import { junkBody, mutationsOf, queryOf } from "./request-arbitraries"

/**
 * Every body and query validator of the plugin's routes, run through
 * Medusa's own `validateAndTransformBody` / `validateAndTransformQuery`
 * middleware functions with random input: each must either pass or answer
 * `invalid_data` with a message that names the field at fault — never throw
 * anything else (which the error handler would turn into a 500).
 *
 * FC_SEED=<n> reruns a failure (fast-check prints the seed and path).
 */

const seed = Number(process.env.FC_SEED ?? 20261125)
const numRuns = Number(process.env.FC_RUNS ?? 150)

const RULES = {
  all: [
    { field: "total_spent", op: "gte", value: 5000, currency_code: "sek", window: { days: 365 } },
    {
      any: [
        { field: "has_flag", op: "in", value: ["cflag_1"] },
        { field: "email_domain", op: "eq", value: "shop.se" },
      ],
    },
  ],
}

/** A body each validator accepts; the mutations start from it. */
const VALID_BODIES: Record<string, Record<string, unknown>> = {
  "POST /admin/customer-flags": {
    name: "VIP",
    abbreviation: "VIP",
    icon: "Star",
    color: "#7C3AED",
    display: "popup",
    expiry: { type: "days_after_assignment", days: 30 },
    sales_channel_ids: ["sc_1"],
    description: "Best customers",
    metadata: { source: "import" },
  },
  "POST /admin/customer-flags/:id": {
    name: "VIP 2",
    expiry: { type: "fixed_date", date: "2027-01-01" },
  },
  "POST /admin/customer-flags/:id/purchase-rules": {
    product_ids: ["prod_1"],
    category_ids: ["pcat_1"],
    min_quantity: 2,
    min_orders: 1,
    window: { from: "2026-01-01", to: "2026-03-31" },
  },
  "POST /admin/customers/:id/flags": {
    flag_id: "cflag_1",
    note: "Met at the gala",
    expires_at: "2099-01-01",
  },
  "POST /admin/customers/:id/loyalty/adjustments": { points: -100, description: "Goodwill" },
  "POST /admin/customers/:id/b2b-profile": {
    company: "Acme AB",
    organisation_number: "556677-8899",
    website: "https://acme.se",
    allowed_outstanding_amount: 1250.5,
    currency_code: "SEK",
    max_payment_days: 30,
    risk_rating: "low",
    metadata: { crm: 1 },
  },
  "POST /admin/customers/:id/notes": { body: "Prefers aisle seats" },
  "POST /admin/customers/:id/notes/:note_id": { body: "Prefers window seats" },
  "POST /admin/loyalty/settings": {
    points_per_currency: { sek: 1, EUR: 10 },
    pending_days: 14,
    booking_pending_hours: 3,
    expiry_months: 12,
    min_redeem: 100,
  },
  "POST /admin/loyalty/earn-rules": {
    name: "Double points",
    target: { type: "product", id: "prod_1" },
    multiplier: 2,
    starts_at: "2026-01-01",
    ends_at: "2026-02-01T00:00:00Z",
    is_active: true,
  },
  "POST /admin/loyalty/earn-rules/:id": { points_per_item: 5, ends_at: null },
  "POST /admin/loyalty/tiers": {
    name: "Gold",
    min_points: 1000,
    basis: "rolling_12_months",
    rank: 2,
    description: "Top",
  },
  "POST /admin/loyalty/tiers/:id": { min_points: 2000, metadata: null },
  "POST /admin/loyalty/rewards": {
    name: "50 SEK off",
    points_cost: 500,
    kind: "promotion_code",
    amount: 50,
    currency_code: "SEK",
  },
  "POST /admin/loyalty/rewards/:id": { is_active: false, description: "Spring" },
  "POST /admin/loyalty/accounts/:id/members": { customer_id: "cus_1" },
  "POST /admin/loyalty/accounts/:id/close": { reason: "Moved abroad" },
  "POST /admin/loyalty/accounts/:id": { identifier: "CARD-0042" },
  "POST /admin/customers/:id/loyalty/redemptions": { reward_id: "lrew_1" },
  "POST /admin/loyalty/messages": {
    messages: [
      {
        kind: "points_credited",
        locale: "sv-SE",
        subject: "{{ points }} poäng",
        body: "Hej {{ first_name }}!",
      },
      { kind: "points_adjusted", locale: "en", subject: null, body: null },
    ],
  },
  "POST /admin/loyalty/messages/preview": {
    template: { subject: "Hi {{ first_name }}", body: "{{ points }} points: {{ description }}" },
    customer_id: "cus_1",
  },
  "POST /admin/segments": {
    name: "Big spenders",
    description: "d",
    rules: RULES,
    flag_id: "cflag_1",
    remove_flag_on_leave: true,
  },
  "POST /admin/segments/:id": { rules: RULES, remove_flag_on_leave: false },
  "POST /admin/segments/preview": { rules: RULES },
  "POST /admin/benefits": {
    flag_id: "cflag_1",
    kind: "discount",
    title: "VIP price",
    product_ids: ["prod_1"],
    max_products: 3,
    max_quantity: 2,
    quantity_scope: "per_product",
    discount_type: "fixed",
    discount_value: 50,
    currency_code: "sek",
    starts_at: "2026-01-01T00:00:00Z",
  },
  "POST /admin/benefits/:id": { title: "VIP price", url: null },
  "POST /admin/products/:id/sale-start": { public_sale_starts_at: "2026-12-01T10:00:00Z" },
  "POST /store/customers/me/loyalty/redemptions": { reward_id: "lrwd_1" },
  "POST /hooks/customer-loyalty/bookings": {
    id: "booking-1",
    customer_id: "cus_1",
    product_id: "prod_1",
    occurred_at: "2026-01-01T10:00:00Z",
    status: "completed",
  },
}

/** The query keys the plugin's routes read, so random queries hit real fields. */
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
  "available_for_customer_id",
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
]

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown
type Validator = { label: string; kind: "body" | "query"; run: Middleware }

/** The validation middlewares of every route in src/api/middlewares.ts. */
function validators(): Validator[] {
  const found: Validator[] = []
  for (const route of middlewares.routes ?? []) {
    const methods = [route.methods ?? route.method ?? ["ALL"]].flat()
    for (const fn of (route.middlewares ?? []) as Middleware[]) {
      const kind =
        fn.name === "validateBody" ? "body" : fn.name === "validateQuery" ? "query" : null
      if (kind) {
        for (const method of methods) {
          found.push({ label: `${method} ${String(route.matcher)}`, kind, run: fn })
        }
      }
    }
  }
  return found
}

/** Runs one middleware the way Medusa's router does; resolves with what it passed to next. */
async function outcome(validator: Validator, input: unknown) {
  const req: Partial<MedusaRequest> =
    validator.kind === "body"
      ? { body: input }
      : { query: input as MedusaRequest["query"], allowed: [] }
  let passed: { error?: unknown } | undefined
  await validator.run(req as MedusaRequest, {} as MedusaResponse, (error?: unknown) => {
    passed = { error }
  })
  if (!passed) {
    throw new Error(`${validator.label}: the middleware neither called next nor threw`)
  }
  return { error: passed.error, req }
}

/**
 * The message must name a field: "Field 'x' …", "… for field 'x' …",
 * "Unrecognized fields: 'x'", "the fields 'a' and 'b'", or Medusa's
 * "Order field x is not valid" (the `order` parameter; x is its value).
 * Medusa joins up to three issues with "; ", but the values it echoes may
 * hold "; " too, so the message is read whole. A body that is not an
 * object has no fields: it must be told so.
 */
const NAMES_A_FIELD = [/[Ff]ields?:? '[^']+'/, /^Unrecognized fields: '/, /^Order field /]
const NOT_AN_OBJECT = /^Invalid request: the body must be a JSON object, not /

function problemWith(error: unknown, input: unknown): string | null {
  if (!(error instanceof MedusaError)) {
    return `not a MedusaError: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`
  }
  if (error.type !== MedusaError.Types.INVALID_DATA) {
    return `type ${error.type}, not invalid_data: ${error.message}`
  }
  if (!(typeof input === "object" && input !== null && !Array.isArray(input))) {
    return NOT_AN_OBJECT.test(error.message) ? null : `a non-object answered with: ${error.message}`
  }
  const message = error.message.replace(/^Invalid request: /, "")
  return NAMES_A_FIELD.some((pattern) => pattern.test(message))
    ? null
    : `names no field: ${JSON.stringify(message.slice(0, 300))}`
}

const all = validators()
const bodies = all.filter((v) => v.kind === "body")
const queries = all.filter((v) => v.kind === "query")

describe("request validators under random input", () => {
  it("finds the plugin's validators, and a valid example body for each body validator", () => {
    expect(bodies.length).toBeGreaterThanOrEqual(20)
    expect(queries.length).toBeGreaterThanOrEqual(20)
    const missing = bodies.map((v) => v.label).filter((label) => !VALID_BODIES[label])
    // A new body validator needs an example above, so its mutations are tested.
    expect(missing).toEqual([])
  })

  describe.each(bodies.map((v) => [v.label, v] as const))("body of %s", (_label, validator) => {
    it("accepts its example", async () => {
      const { error } = await outcome(validator, VALID_BODIES[validator.label])
      expect(error).toBeUndefined()
    })

    it("passes any body or refuses it as invalid_data naming a field", async () => {
      const example = VALID_BODIES[validator.label] ?? {}
      const input = fc.oneof(
        { weight: 3, arbitrary: mutationsOf(example) },
        { weight: 1, arbitrary: junkBody }
      )
      await fc.assert(
        fc.asyncProperty(input, async (body) => {
          const { error } = await outcome(validator, body)
          const problem = error === undefined ? null : problemWith(error, body)
          if (problem) throw new Error(`${validator.label}: ${problem}`)
        }),
        { seed, numRuns }
      )
    })
  })

  describe.each(queries.map((v) => [v.label, v] as const))("query of %s", (_label, validator) => {
    it("passes any query string or refuses it as invalid_data naming a field", async () => {
      await fc.assert(
        fc.asyncProperty(queryOf(QUERY_KEYS), async (query) => {
          const { error } = await outcome(validator, query)
          const problem = error === undefined ? null : problemWith(error, query)
          if (problem) throw new Error(`${validator.label}: ${problem}`)
        }),
        { seed, numRuns }
      )
    })
  })
})
