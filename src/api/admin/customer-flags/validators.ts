import { AdditionalData } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { createSelectParams, WithAdditionalData } from "@medusajs/medusa/api/utils/validators"
import { FLAG_DISPLAY_MODES } from "../../../modules/customer-loyalty/constants"
import { parseWindow } from "../../../segments"
import { findParams, isoDateString, searchQuery } from "../../utils/loyalty-validators"
import { FLAG_ICON_RULE, isFlagIconName, isKnownIconName } from "./icon-names"
import {
  flagAbbreviation,
  flagColor,
  flagExpiryDays,
  flagName,
  purchaseCount,
} from "../../../lib/schemas/customer-flag"

const fieldError = (field: string, rule: string) => ({
  message: `Field '${field}' ${rule}`,
})

// A new flag takes a UI icon; an update may also resend a flag's stored icon
// that is no longer offered (checked against the flag in its route).
const icon = z.string().refine(isFlagIconName, fieldError("icon", FLAG_ICON_RULE))
const storedOrOfferedIcon = z.string().refine(isKnownIconName, fieldError("icon", FLAG_ICON_RULE))
const display = z.enum(FLAG_DISPLAY_MODES)

const expiry = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("none") }).strict(),
    z
      .object({
        type: z.literal("fixed_date"),
        date: isoDateString("expiry.date"),
      })
      .strict(),
    z
      .object({
        type: z.literal("days_after_assignment"),
        days: flagExpiryDays,
      })
      .strict(),
  ],
  fieldError("expiry.type", "must be one of 'none', 'fixed_date', 'days_after_assignment'")
)

// A channel named twice is linked once (the link table holds a pair once).
const salesChannelIds = z
  .array(z.string().min(1, fieldError("sales_channel_ids", "must hold ids")))
  .transform((ids) => [...new Set(ids)])

export const AdminGetCustomerFlagParams = createSelectParams()

export const AdminGetCustomerFlagsParams = findParams(50).extend({
  q: searchQuery(),
  sales_channel_id: z.string().optional(),
  /** Only the flags of the sales channels this customer has ordered in. */
  available_for_customer_id: z.string().optional(),
})
export type AdminGetCustomerFlagsParamsType = z.infer<typeof AdminGetCustomerFlagsParams>

const CreateCustomerFlag = z
  .object({
    name: flagName,
    abbreviation: flagAbbreviation,
    icon,
    color: flagColor,
    display: display.default("card"),
    expiry: expiry.default({ type: "none" }),
    sales_channel_ids: salesChannelIds.default([]),
    description: z.string().max(2000).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
/** With `additional_data` for the workflow's hook (see docs/extending.md). */
export const AdminCreateCustomerFlag = WithAdditionalData(CreateCustomerFlag)
export type AdminCreateCustomerFlagType = z.infer<typeof CreateCustomerFlag> & AdditionalData

const UpdateCustomerFlag = z
  .object({
    name: flagName.optional(),
    abbreviation: flagAbbreviation.optional(),
    icon: storedOrOfferedIcon.optional(),
    color: flagColor.optional(),
    display: display.optional(),
    expiry: expiry.optional(),
    sales_channel_ids: salesChannelIds.optional(),
    description: z.string().max(2000).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export const AdminUpdateCustomerFlag = WithAdditionalData(UpdateCustomerFlag)
export type AdminUpdateCustomerFlagType = z.infer<typeof UpdateCustomerFlag> & AdditionalData

const ids = (field: string) =>
  z
    .array(z.string().min(1, fieldError(field, "must hold ids")))
    .max(1000, fieldError(field, "must hold at most 1000 ids"))
    .default([])

const positiveCount = (field: "min_quantity" | "min_orders") =>
  purchaseCount(field)
    .nullish()
    .transform((value) => value ?? null)

/** `{ days }` or `{ from, to }`, checked as segment windows are. */
const window = z.unknown().transform((value, ctx) => {
  if (value === undefined || value === null) {
    return null
  }
  const problems: string[] = []
  const parsed = parseWindow(value, "window", (path, message) => {
    problems.push(`Field '${path}' ${message}`)
    return undefined
  })
  problems.forEach((message) => ctx.addIssue({ code: "custom", message }))
  return parsed ?? null
})

export const AdminSetFlagPurchaseRule = z
  .object({
    product_ids: ids("product_ids"),
    variant_ids: ids("variant_ids"),
    collection_ids: ids("collection_ids"),
    category_ids: ids("category_ids"),
    min_quantity: positiveCount("min_quantity"),
    min_orders: positiveCount("min_orders"),
    window,
  })
  .strict()
  .refine(
    (rule) =>
      rule.product_ids.length +
        rule.variant_ids.length +
        rule.collection_ids.length +
        rule.category_ids.length >
      0,
    {
      message:
        "Field 'product_ids', 'variant_ids', 'collection_ids' or 'category_ids' must list at least one id",
    }
  )
export type AdminSetFlagPurchaseRuleType = z.infer<typeof AdminSetFlagPurchaseRule>
