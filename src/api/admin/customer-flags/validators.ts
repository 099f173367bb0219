import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { isKnownIconName } from "./icon-names"

const fieldError = (field: string, rule: string) => ({
  message: `Field '${field}' ${rule}`,
})

const name = z
  .string()
  .trim()
  .min(1, fieldError("name", "must not be empty"))
  .max(100, fieldError("name", "must be at most 100 characters"))
const abbreviation = z
  .string()
  .trim()
  .min(1, fieldError("abbreviation", "must not be empty"))
  .max(4, fieldError("abbreviation", "must be at most 4 characters"))
const icon = z
  .string()
  .refine(
    isKnownIconName,
    fieldError("icon", "must be the name of an icon from @medusajs/icons, e.g. 'Star'")
  )
const color = z
  .string()
  .regex(
    /^#[0-9a-fA-F]{6}$/,
    fieldError("color", "must be a hex colour like '#7C3AED'")
  )
const display = z.enum(["card", "overview", "popup"])

const expiry = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("none") }).strict(),
    z
      .object({
        type: z.literal("fixed_date"),
        date: z
          .string()
          .refine(
            (value) => !Number.isNaN(Date.parse(value)),
            fieldError("expiry.date", "must be an ISO 8601 date")
          ),
      })
      .strict(),
    z
      .object({
        type: z.literal("days_after_assignment"),
        days: z
          .number(fieldError("expiry.days", "must be a number"))
          .refine(
            (days) => Number.isInteger(days) && days >= 1 && days <= 36500,
            fieldError("expiry.days", "must be a whole number from 1 to 36500")
          ),
      })
      .strict(),
  ],
  fieldError(
    "expiry.type",
    "must be one of 'none', 'fixed_date', 'days_after_assignment'"
  )
)

const salesChannelIds = z.array(
  z.string().min(1, fieldError("sales_channel_ids", "must hold ids"))
)

export const AdminGetCustomerFlagParams = createSelectParams()

export const AdminGetCustomerFlagsParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  q: z.string().optional(),
  sales_channel_id: z.string().optional(),
  /** Only the flags of the sales channels this customer has ordered in. */
  available_for_customer_id: z.string().optional(),
})
export type AdminGetCustomerFlagsParamsType = z.infer<
  typeof AdminGetCustomerFlagsParams
>

export const AdminCreateCustomerFlag = z
  .object({
    name,
    abbreviation,
    icon,
    color,
    display: display.default("card"),
    expiry: expiry.default({ type: "none" }),
    sales_channel_ids: salesChannelIds.default([]),
    description: z.string().max(2000).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminCreateCustomerFlagType = z.infer<typeof AdminCreateCustomerFlag>

export const AdminUpdateCustomerFlag = z
  .object({
    name: name.optional(),
    abbreviation: abbreviation.optional(),
    icon: icon.optional(),
    color: color.optional(),
    display: display.optional(),
    expiry: expiry.optional(),
    sales_channel_ids: salesChannelIds.optional(),
    description: z.string().max(2000).nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminUpdateCustomerFlagType = z.infer<typeof AdminUpdateCustomerFlag>
