import { isSegmentGroup, SegmentRuleNode, SegmentRules } from "./types"

/**
 * The kinds of change after which a customer's membership of a segment may
 * differ, named after what changed: their orders (the order facts), their
 * flags, their customer groups, their loyalty points or tier, or their own
 * customer record.
 */
export const SEGMENT_CHANGE_KINDS = ["orders", "flags", "groups", "points", "customer"] as const

export type SegmentChangeKind = (typeof SEGMENT_CHANGE_KINDS)[number]

/** What each rule field reads. Kept next to the catalogue: a new field must be added here. */
export const SEGMENT_FIELD_CHANGE_KIND: Record<string, SegmentChangeKind> = {
  total_spent: "orders",
  order_count: "orders",
  first_order_at: "orders",
  last_order_at: "orders",
  purchased_product: "orders",
  purchased_variant: "orders",
  purchased_collection: "orders",
  purchased_category: "orders",
  has_flag: "flags",
  customer_group: "groups",
  points_balance: "points",
  lifetime_points: "points",
  tier: "points",
  created_at: "customer",
  email_domain: "customer",
  has_account: "customer",
  marketing_consent: "customer",
  metadata: "customer",
}

/**
 * The kinds of change that can alter who is in a segment with these rules,
 * in the order of `SEGMENT_CHANGE_KINDS`. A field this function does not
 * know makes the segment depend on everything: refreshing too often is
 * only slower, refreshing too rarely would be wrong.
 *
 * Time is not a kind: windows such as "in the last 90 days" move without
 * any event, which is what the periodic full refresh is for.
 */
export function segmentChangeKinds(rules: SegmentRules): SegmentChangeKind[] {
  const kinds = new Set<SegmentChangeKind>()
  const visit = (node: SegmentRuleNode) => {
    if (isSegmentGroup(node)) {
      for (const child of "all" in node ? node.all : node.any) {
        visit(child)
      }
      return
    }
    const kind = SEGMENT_FIELD_CHANGE_KIND[node.field as string]
    if (kind) {
      kinds.add(kind)
    } else {
      SEGMENT_CHANGE_KINDS.forEach((k) => kinds.add(k))
    }
  }
  visit(rules)
  return SEGMENT_CHANGE_KINDS.filter((kind) => kinds.has(kind))
}

/** Whether a change of `kind` can alter membership of a segment with these rules. */
export function segmentDependsOn(rules: SegmentRules, kind: SegmentChangeKind): boolean {
  return segmentChangeKinds(rules).includes(kind)
}
