import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomerFlagsWorkflow,
  createSegmentWorkflow,
  setFlagPurchaseRuleWorkflow,
} from "../src/workflows"
import { SegmentRules } from "../src/segments"

/**
 * Segments and a purchase rule for the demo store: "Regulars" and
 * "Lapsed customers" as plain lists, and "Opera fans", which gives the
 * "Opera lover" flag to customers with two or more dance & opera tickets
 * in the last year — the same flag that a new purchase gives through the
 * flag's purchase rule.
 */
export async function seedSegments(container: MedusaContainer) {
  // The rows were written seconds ago, before autovacuum has looked at them:
  // without statistics PostgreSQL plans the segment statements for empty
  // tables (nested loops that take seconds even on this small store).
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("ANALYZE")

  const [danceAndOpera] = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({ name: "Dance & opera" }, { select: ["id"] })

  const { result: flags } = await createCustomerFlagsWorkflow(container).run({
    input: {
      flags: [
        {
          name: "Opera lover",
          abbreviation: "OPR",
          icon: "Sparkles",
          color: "#DB2777",
          display: "overview",
          expiry: { type: "days_after_assignment", days: 365 },
          sales_channel_ids: [],
          description:
            "Two or more dance & opera tickets within a year: first to hear of new productions.",
        },
      ],
    },
  })
  const operaLover = flags[0]
  const operaWindow = { days: 365 }
  await setFlagPurchaseRuleWorkflow(container).run({
    input: {
      flag_id: operaLover.id,
      purchase_rule: {
        product_ids: [],
        variant_ids: [],
        collection_ids: [],
        category_ids: [danceAndOpera.id],
        min_quantity: 2,
        min_orders: null,
        window: operaWindow,
      },
    },
  })

  const segments: {
    name: string
    description: string
    rules: SegmentRules
    flag_id?: string
    remove_flag_on_leave?: boolean
  }[] = [
    {
      name: "Regulars",
      description: "Three or more orders in the last year.",
      rules: { all: [{ field: "order_count", op: "gte", value: 3, window: { days: 365 } }] },
    },
    {
      name: "Lapsed customers",
      description: "Ordered before, but not in the last six months.",
      rules: { all: [{ field: "last_order_at", op: "not_in_last_days", value: 180 }] },
    },
    {
      name: "Opera fans",
      description: "Two or more dance & opera tickets in the last year.",
      rules: {
        all: [
          {
            field: "purchased_category",
            op: "in",
            value: [danceAndOpera.id],
            min_quantity: 2,
            window: operaWindow,
          },
        ],
      },
      flag_id: operaLover.id,
      remove_flag_on_leave: true,
    },
  ]
  for (const segment of segments) {
    // Saving a segment refreshes it: its members get the flag at once.
    await createSegmentWorkflow(container).run({ input: segment })
  }
}
