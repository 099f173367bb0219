import type { SegmentField, SegmentOperator } from "./catalog"

/** Orders placed in the last `days` days, or between two dates (both included). */
export type SegmentWindow = { days: number } | { from?: string; to?: string }

export type SegmentCondition = {
  field: SegmentField
  op: SegmentOperator
  value?: unknown
  /** Money fields: the currency the amounts are in (lower case, e.g. `sek`). */
  currency_code?: string
  window?: SegmentWindow
  /** Purchases: at least this many items (default 1)… */
  min_quantity?: number
  /** …in at least this many orders (default 1). */
  min_orders?: number
  /** Metadata: the key to read. */
  key?: string
}

export type SegmentGroup = { all: SegmentRuleNode[] } | { any: SegmentRuleNode[] }

export type SegmentRuleNode = SegmentGroup | SegmentCondition

/** A whole rule tree: the root is always a group. */
export type SegmentRules = SegmentGroup

export const isSegmentGroup = (node: SegmentRuleNode): node is SegmentGroup =>
  "all" in node || "any" in node
