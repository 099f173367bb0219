/**
 * The fields a segment rule can test, with the operators and options each
 * accepts. The validator, the SQL compiler and the admin builder (through
 * `GET /admin/segments/fields`) all read this one table.
 */

export const NUMBER_OPERATORS = ["eq", "neq", "gt", "gte", "lt", "lte", "between"] as const
export const DATE_OPERATORS = [
  "before",
  "after",
  "between",
  "in_last_days",
  "not_in_last_days",
] as const
export const PRESENCE_OPERATORS = ["exists", "not_exists"] as const
export const SET_OPERATORS = ["in", "not_in"] as const
export const TEXT_OPERATORS = ["eq", "neq", "in", "not_in"] as const
export const BOOLEAN_OPERATORS = ["eq"] as const
export const METADATA_OPERATORS = ["eq", "neq", "exists", "not_exists"] as const

export type SegmentOperator =
  | (typeof NUMBER_OPERATORS)[number]
  | (typeof DATE_OPERATORS)[number]
  | (typeof PRESENCE_OPERATORS)[number]
  | (typeof SET_OPERATORS)[number]
  | (typeof TEXT_OPERATORS)[number]
  | (typeof METADATA_OPERATORS)[number]

/**
 * What the `value` of a condition is:
 * - `number`: a number (`between`: `[min, max]`), amounts in the currency's
 *   main unit as everywhere in Medusa (5000 = 5,000 SEK);
 * - `date`: an ISO date `YYYY-MM-DD` (a whole day in the segment timezone)
 *   or date-time (`between`: `[from, to]`, both included;
 *   `in_last_days` / `not_in_last_days`: a whole number of days);
 * - `ids`: a non-empty array of ids (products, flags, groups…);
 * - `text`: a string (`in` / `not_in`: an array of strings);
 * - `boolean`: `true` or `false`;
 * - `metadata`: a string, number or boolean compared with the value stored
 *   under `key` (`exists` / `not_exists` take none).
 */
export type SegmentValueType = "number" | "date" | "ids" | "text" | "boolean" | "metadata"

/** What the ids of an `ids` field point at, for pickers in the admin. */
export type SegmentIdResource =
  | "product"
  | "product_variant"
  | "product_collection"
  | "product_category"
  | "customer_flag"
  | "customer_group"
  | "loyalty_tier"

export type SegmentFieldDefinition = {
  field: string
  label: string
  value_type: SegmentValueType
  operators: readonly SegmentOperator[]
  /** Accepts `window: { days } | { from, to }` (orders placed in it). */
  window: boolean
  /** `currency_code` is required (`"required"`) or may narrow (`"optional"`). */
  currency: "required" | "optional" | "none"
  /** Accepts `min_quantity` and `min_orders` (purchases). */
  quantities: boolean
  /** Needs `key` (metadata). */
  key: boolean
  resource?: SegmentIdResource
}

const field = (
  definition: Pick<SegmentFieldDefinition, "field" | "label" | "value_type" | "operators"> &
    Partial<SegmentFieldDefinition>
): SegmentFieldDefinition => ({
  window: false,
  currency: "none",
  quantities: false,
  key: false,
  ...definition,
})

const purchased = (name: string, label: string, resource: SegmentIdResource) =>
  field({
    field: name,
    label,
    value_type: "ids",
    operators: SET_OPERATORS,
    window: true,
    quantities: true,
    resource,
  })

export const SEGMENT_FIELDS = [
  field({
    field: "total_spent",
    label: "Total spent",
    value_type: "number",
    operators: NUMBER_OPERATORS,
    window: true,
    currency: "required",
  }),
  field({
    field: "order_count",
    label: "Number of orders",
    value_type: "number",
    operators: NUMBER_OPERATORS,
    window: true,
    currency: "optional",
  }),
  field({
    field: "first_order_at",
    label: "First order",
    value_type: "date",
    operators: [...DATE_OPERATORS, ...PRESENCE_OPERATORS],
  }),
  field({
    field: "last_order_at",
    label: "Last order",
    value_type: "date",
    operators: [...DATE_OPERATORS, ...PRESENCE_OPERATORS],
  }),
  purchased("purchased_product", "Bought product", "product"),
  purchased("purchased_variant", "Bought variant", "product_variant"),
  purchased("purchased_collection", "Bought from collection", "product_collection"),
  purchased("purchased_category", "Bought from category", "product_category"),
  field({
    field: "has_flag",
    label: "Flag",
    value_type: "ids",
    operators: SET_OPERATORS,
    resource: "customer_flag",
  }),
  field({
    field: "customer_group",
    label: "Customer group",
    value_type: "ids",
    operators: SET_OPERATORS,
    resource: "customer_group",
  }),
  field({
    field: "points_balance",
    label: "Points balance",
    value_type: "number",
    operators: NUMBER_OPERATORS,
  }),
  field({
    field: "lifetime_points",
    label: "Lifetime points",
    value_type: "number",
    operators: NUMBER_OPERATORS,
  }),
  field({
    field: "tier",
    label: "Loyalty tier",
    value_type: "ids",
    operators: SET_OPERATORS,
    resource: "loyalty_tier",
  }),
  field({
    field: "created_at",
    label: "Customer since",
    value_type: "date",
    operators: DATE_OPERATORS,
  }),
  field({
    field: "email_domain",
    label: "Email domain",
    value_type: "text",
    operators: TEXT_OPERATORS,
  }),
  field({
    field: "has_account",
    label: "Has an account",
    value_type: "boolean",
    operators: BOOLEAN_OPERATORS,
  }),
  field({
    field: "marketing_consent",
    label: "Marketing consent",
    value_type: "boolean",
    operators: BOOLEAN_OPERATORS,
  }),
  field({
    field: "metadata",
    label: "Metadata",
    value_type: "metadata",
    operators: METADATA_OPERATORS,
    key: true,
  }),
] as const satisfies readonly SegmentFieldDefinition[]

export type SegmentField = (typeof SEGMENT_FIELDS)[number]["field"]

export const segmentFieldDefinition = (name: string) =>
  SEGMENT_FIELDS.find((definition) => definition.field === name) as
    SegmentFieldDefinition | undefined
