import fc from "fast-check"
import { SEGMENT_FIELDS } from "../../../src/segments"
import { DAY, DOMAINS, localDate, METADATA_KEYS, METADATA_VALUES, World } from "./random-world"

/**
 * Random rule trees over a world: every field and operator of the catalogue,
 * `all` / `any` nested up to four deep (empty groups too), windows of days
 * and of dates, and values drawn from the world itself — amounts customers
 * spent, their points, the instants of their orders and their local days —
 * so that boundaries are hit, not only missed.
 */
export function randomRules(world: World): fc.Arbitrary<Record<string, unknown>> {
  const counted = world.orders.filter((o) => o.counted)
  const times = [
    ...counted.map((o) => o.created_at),
    ...world.customers.map((c) => c.created_at),
    world.now,
  ]

  // ---- Values ----------------------------------------------------------------

  const spent = new Set<number>([0])
  for (const customer of world.customers) {
    for (const currency of ["sek", "eur", "usd", null]) {
      spent.add(
        counted
          .filter(
            (o) => o.customer_id === customer.id && (!currency || o.currency_code === currency)
          )
          .reduce((sum, o) => sum + o.amount, 0)
      )
    }
  }
  const amount = fc.oneof(
    fc.constantFrom(...spent),
    fc.constantFrom(...spent).map((n) => n + 0.5),
    fc.constantFrom(-1, 0.1, 1e21, 1e-7),
    fc.integer({ min: 0, max: 20000 })
  )
  const count = fc.oneof(fc.integer({ min: 0, max: 7 }), fc.constantFrom(1.5, 2.5, -1, 1e21))
  const pointValues = [...world.accounts.values()].flatMap((a) => [a.available, a.lifetime])
  const points = fc.oneof(
    fc.constantFrom(0, ...pointValues),
    fc.constantFrom(100.5, -1, 1e21),
    fc.integer({ min: 0, max: 10000 })
  )
  const numberFor = {
    total_spent: amount,
    order_count: count,
    points_balance: points,
    lifetime_points: points,
  }

  const offsets = [0, 3.5 * 60, 5.5 * 60 * -1, 5 * 60 + 45, 14 * 60, -12 * 60]
  const offsetText = (minutes: number, colon: boolean) => {
    const sign = minutes < 0 ? "-" : "+"
    const abs = Math.abs(minutes)
    const hh = String(Math.floor(abs / 60)).padStart(2, "0")
    const mm = String(abs % 60).padStart(2, "0")
    return `${sign}${hh}${colon ? ":" : ""}${mm}`
  }
  const instant = fc.oneof(
    fc.constantFrom(...times),
    fc
      .double({ min: -50, max: 1300, noNaN: true })
      .map((days) => Math.round(world.now - days * DAY))
  )
  /** A date as a rule writes it: a local day, a UTC instant, or an instant at an offset. */
  const dateValue = fc
    .tuple(
      instant,
      fc.constantFrom(0, 0, 1, -1, 1000),
      fc.nat(2),
      fc.constantFrom(...offsets),
      fc.boolean()
    )
    .map(([t, shift, format, offset, colon]) => {
      const at = t + shift
      if (format === 0) return localDate(at, world.timezone)
      if (format === 1 || offset === 0) return new Date(at).toISOString()
      return new Date(at + offset * 60_000).toISOString().replace("Z", offsetText(offset, colon))
    })
  const orderedDates = fc
    .tuple(dateValue, dateValue)
    .map(([a, b]) => (Date.parse(a) <= Date.parse(b) ? [a, b] : [b, a]))
  // Times within two hours of a whole number of days ago: where "the last N
  // days" must not move with a daylight-saving hour.
  const nearWholeDays = times
    .map((t) => (world.now - t) / DAY)
    .filter((days) => days >= 0.5 && Math.abs(days - Math.round(days)) < 2 / 24)
    .map(Math.round)
  const dayCount = fc.oneof(
    fc.integer({ min: 1, max: 1300 }),
    fc.constantFrom(...times).map((t) => Math.max(1, Math.ceil((world.now - t) / DAY))),
    fc.constantFrom(...times).map((t) => Math.max(1, Math.floor((world.now - t) / DAY))),
    ...(nearWholeDays.length ? [{ weight: 3, arbitrary: fc.constantFrom(...nearWholeDays) }] : [])
  )
  const window = fc.oneof(
    fc.record({ days: dayCount }),
    dateValue.map((from) => ({ from })),
    dateValue.map((to) => ({ to })),
    orderedDates.map(([from, to]) => ({ from, to }))
  )
  const ids = (pool: string[]) => fc.subarray([...pool, "missing_id"], { minLength: 1 })
  const idsFor: Record<string, string[]> = {
    purchased_product: world.products.map((p) => p.id),
    purchased_variant: world.products.flatMap((p) => p.variant_ids),
    purchased_collection: world.collection_ids,
    purchased_category: world.categories.map((c) => c.id),
    has_flag: world.flag_ids,
    customer_group: world.group_ids,
    tier: world.tier_ids,
  }
  const domain = fc
    .tuple(
      fc.constantFrom(...DOMAINS.filter(Boolean), "nowhere.se"),
      fc.constantFrom("lower", "upper", "padded")
    )
    .map(([d, form]) => (form === "upper" ? d.toUpperCase() : form === "padded" ? ` ${d} ` : d))
  const scalars = METADATA_VALUES.filter((v) => ["string", "number", "boolean"].includes(typeof v))
  const storedScalars = world.customers.flatMap((c) =>
    Object.values(c.metadata ?? {}).filter((v) =>
      ["string", "number", "boolean"].includes(typeof v)
    )
  )
  const metadataValue = storedScalars.length
    ? fc.oneof(fc.constantFrom(...scalars), fc.constantFrom(...storedScalars))
    : fc.constantFrom(...scalars)

  // ---- Conditions --------------------------------------------------------------

  const condition = fc.constantFrom(...SEGMENT_FIELDS).chain((definition) => {
    const field = definition.field
    return fc
      .constantFrom(...definition.operators)
      .chain((op): fc.Arbitrary<Record<string, unknown>> => {
        const base = { field, op }
        const options = {
          currency_code:
            definition.currency === "required"
              ? fc.constantFrom("sek", "eur", "usd", "SEK", "nok")
              : definition.currency === "optional"
                ? fc.option(fc.constantFrom("sek", "eur", "Usd"), { nil: undefined })
                : fc.constant(undefined),
          window: definition.window
            ? fc.option(window, { nil: undefined })
            : fc.constant(undefined),
        }
        switch (definition.value_type) {
          case "number": {
            const n = numberFor[field as keyof typeof numberFor]
            const value =
              op === "between" ? fc.tuple(n, n).map(([a, b]) => (a <= b ? [a, b] : [b, a])) : n
            return fc.record({ ...options, value }).map((o) => ({ ...base, ...o }))
          }
          case "date": {
            const value =
              op === "exists" || op === "not_exists"
                ? fc.constant(undefined)
                : op === "in_last_days" || op === "not_in_last_days"
                  ? dayCount
                  : op === "between"
                    ? orderedDates
                    : dateValue
            return value.map((v) => ({ ...base, value: v }))
          }
          case "ids": {
            const quantities =
              definition.quantities && op === "in"
                ? {
                    min_quantity: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
                    min_orders: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
                  }
                : {}
            return fc
              .record({ ...options, ...quantities, value: ids(idsFor[field]) })
              .map((o) => ({ ...base, ...o }))
          }
          case "text":
            return (
              op === "in" || op === "not_in"
                ? fc.array(domain, { minLength: 1, maxLength: 3 })
                : domain
            ).map((value) => ({ ...base, value }))
          case "boolean":
            return fc.boolean().map((value) => ({ ...base, value }))
          case "metadata":
            return fc
              .record({
                key: fc.constantFrom(...METADATA_KEYS),
                value:
                  op === "exists" || op === "not_exists" ? fc.constant(undefined) : metadataValue,
              })
              .map((o) => ({ ...base, ...o }))
        }
      })
  })
  // Options left undefined are not sent, as a client would leave them out.
  const cleaned = condition.map((c) =>
    Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined))
  )

  // ---- Trees -------------------------------------------------------------------

  const tree = fc.letrec<{ node: Record<string, unknown>; group: Record<string, unknown> }>(
    (tie) => ({
      node: fc.oneof({ maxDepth: 3, depthIdentifier: "rules" }, cleaned, tie("group")),
      group: fc.oneof(
        fc.array(tie("node"), { maxLength: 4, depthIdentifier: "rules" }).map((all) => ({ all })),
        fc.array(tie("node"), { maxLength: 4, depthIdentifier: "rules" }).map((any) => ({ any }))
      ),
    })
  )
  return tree.group
}
