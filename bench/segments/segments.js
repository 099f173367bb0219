// @ts-check
"use strict"
/**
 * The three segments the benchmark measures, as rule JSON per the HTTP
 * contract (`POST /admin/segments`, `POST /admin/segments/preview`), on the
 * ids bench/segments/generate.js writes. naive.ts filters the same
 * segments in JavaScript; its predicates must say the same as these rules.
 */
const { COLLECTIONS, FLAGS, TIERS } = require("./generate")

// Each is in its table (generate.js).
const OUTDOOR = /** @type {{ id: string }} */ (COLLECTIONS.find((c) => c.title === "Outdoor")).id
const VIP = /** @type {{ id: string }} */ (FLAGS.find((f) => f.name === "VIP")).id
const GOLD = /** @type {{ id: string }} */ (TIERS.find((t) => t.name === "Gold")).id

const SEGMENTS = [
  {
    key: "A",
    name: "Bench A: big spenders",
    description: "Spent at least 5,000 SEK in the last 365 days and placed at least 3 orders",
    rules: {
      all: [
        {
          field: "total_spent",
          op: "gte",
          value: 5000,
          currency_code: "sek",
          window: { days: 365 },
        },
        { field: "order_count", op: "gte", value: 3 },
      ],
    },
  },
  {
    key: "B",
    name: "Bench B: outdoor win-back",
    description:
      "Bought from the Outdoor collection in the last 90 days but not in the last 30, and gave marketing consent",
    rules: {
      all: [
        { field: "purchased_collection", op: "in", value: [OUTDOOR], window: { days: 90 } },
        { field: "purchased_collection", op: "not_in", value: [OUTDOOR], window: { days: 30 } },
        { field: "marketing_consent", op: "eq", value: true },
      ],
    },
  },
  {
    key: "C",
    name: "Bench C: VIP, Gold or 5,000 points",
    description: "Has the VIP flag, or is in the Gold tier, or has at least 5,000 lifetime points",
    rules: {
      any: [
        { field: "has_flag", op: "in", value: [VIP] },
        { field: "tier", op: "in", value: [GOLD] },
        { field: "lifetime_points", op: "gte", value: 5000 },
      ],
    },
  },
]

/** What naive.ts needs to filter the same segments. */
const NAIVE_PARAMS = {
  A: { currency_code: "sek", min_spent: 5000, window_days: 365, min_orders: 3 },
  B: { collection_id: OUTDOOR, in_days: 90, not_in_days: 30 },
  C: { flag_id: VIP, tier_id: GOLD, min_lifetime_points: 5000 },
}

module.exports = { SEGMENTS, NAIVE_PARAMS, OUTDOOR, VIP, GOLD }
