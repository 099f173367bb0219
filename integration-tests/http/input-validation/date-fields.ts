/**
 * Every date a client can send the plugin, as one request per field: the
 * query-string dates of the reports and segment members, and the body dates
 * of earn rules, benefits, sale starts, flags, assignments, segment rules,
 * purchase rules and the bookings webhook. `send(value)` puts the value in
 * that field of an otherwise valid request; ids need not exist, since the
 * date is checked before anything is looked up.
 */
export type DateField = {
  route: string
  field: string
  send: (value: unknown) => {
    method: "get" | "post"
    path: string
    query?: unknown
    body?: unknown
  }
}

const query = (path: string, field: string): DateField => ({
  route: `GET ${path}`,
  field,
  send: (value) => ({ method: "get", path, query: { [field]: value } }),
})

const body = (
  path: string,
  field: string,
  build: (value: unknown) => Record<string, unknown>
): DateField => ({
  route: `POST ${path}`,
  field,
  send: (value) => ({ method: "post", path, body: build(value) }),
})

const earnRule = (field: string) => (value: unknown) => ({
  name: "Double points",
  target: { type: "all" },
  points_per_item: 1,
  [field]: value,
})
const offer = (field: string) => (value: unknown) => ({
  flag_id: "cflag_any",
  kind: "offer_link",
  title: "Members' evening",
  url: "https://example.com/evening",
  [field]: value,
})
const flag = (value: unknown) => ({
  name: "Fixed date",
  abbreviation: "FIX",
  icon: "Star",
  color: "#7C3AED",
  expiry: { type: "fixed_date", date: value },
})
const dateRule = (value: unknown) => ({ all: [{ field: "created_at", op: "after", value }] })
const windowRule = (value: unknown) => ({
  all: [{ field: "order_count", op: "gte", value: 1, window: { from: value } }],
})

export const DATE_FIELDS: DateField[] = [
  ...["from", "to"].flatMap((field) => [
    query("/admin/loyalty/entries", field),
    query("/admin/loyalty/entries/export", field),
    query("/admin/loyalty/weekly", field),
  ]),
  query("/admin/segments/cseg_any/members", "entered_after"),
  query("/admin/segments/cseg_any/members", "entered_before"),
  ...["starts_at", "ends_at"].flatMap((field) => [
    body("/admin/loyalty/earn-rules", field, earnRule(field)),
    body("/admin/loyalty/earn-rules/lrule_any", field, (value) => ({ [field]: value })),
  ]),
  ...["starts_at", "ends_at", "early_access_from"].flatMap((field) => [
    body("/admin/benefits", field, offer(field)),
    body("/admin/benefits/cben_any", field, (value) => ({ [field]: value })),
  ]),
  body("/admin/products/prod_any/sale-start", "public_sale_starts_at", (value) => ({
    public_sale_starts_at: value,
  })),
  body("/admin/customer-flags", "expiry.date", flag),
  body("/admin/customer-flags/cflag_any", "expiry.date", (value) => ({
    expiry: { type: "fixed_date", date: value },
  })),
  body("/admin/customers/cus_any/flags", "expires_at", (value) => ({
    flag_id: "cflag_any",
    expires_at: value,
  })),
  body("/admin/customer-flags/cflag_any/purchase-rules", "window.from", (value) => ({
    product_ids: ["prod_any"],
    window: { from: value },
  })),
  body("/admin/customer-flags/cflag_any/purchase-rules", "window.to", (value) => ({
    product_ids: ["prod_any"],
    window: { to: value },
  })),
  body("/admin/segments", "rules.all[0].value", (value) => ({
    name: "New",
    rules: dateRule(value),
  })),
  body("/admin/segments", "rules.all[0].window.from", (value) => ({
    name: "New",
    rules: windowRule(value),
  })),
  body("/admin/segments/cseg_any", "rules.all[0].value", (value) => ({ rules: dateRule(value) })),
  body("/admin/segments/preview", "rules.all[0].value", (value) => ({ rules: dateRule(value) })),
  body("/admin/segments/preview", "rules.all[0].window.from", (value) => ({
    rules: windowRule(value),
  })),
]
