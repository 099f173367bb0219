import { z } from "@medusajs/framework/zod"
import { DEFAULT_OVERVIEW_ORDER, OVERVIEW_ORDER_VALUES } from "../../../customer-overview"
import { pagingParams, queryBoolean } from "../../utils/loyalty-validators"
import { fieldError } from "../../../lib/schemas/field-rules"
import { exportFormatParam } from "../../utils/export/export-format"

/** One id or several (`?flag_id=a&flag_id=b` or `?flag_id=a,b`). */
const idList = (field: string) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((id) => id.trim())
            .filter(Boolean)
        : value,
    z
      .array(
        z.string(fieldError(field, "must be an id or a list of ids")),
        fieldError(field, "must be an id or a list of ids")
      )
      .min(1, fieldError(field, "must name at least one id"))
      .max(50, fieldError(field, "may name at most 50 ids"))
  )

const id = (field: string) =>
  z.string(fieldError(field, "must be an id")).trim().min(1, fieldError(field, "must be an id"))

/** An amount in the currency's main unit, from the query string. */
const amount = (field: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
    z
      .number(fieldError(field, "must be a number"))
      .min(0, fieldError(field, "must be at least 0"))
      .max(1e15, fieldError(field, "must be at most 1000000000000000"))
  )

const overviewFilterFields = {
  q: z
    .string(fieldError("q", "must be a text"))
    .trim()
    .max(200, fieldError("q", "must be at most 200 characters"))
    .optional(),
  flag_id: idList("flag_id").optional(),
  segment_id: id("segment_id").optional(),
  tier_id: id("tier_id").optional(),
  has_account: queryBoolean("has_account").optional(),
  sales_min: amount("sales_min").optional(),
  sales_max: amount("sales_max").optional(),
  currency_code: z
    .string(fieldError("currency_code", "must be a 3-letter currency code"))
    .regex(/^[a-zA-Z]{3}$/, fieldError("currency_code", "must be a 3-letter currency code"))
    .transform((code) => code.toLowerCase())
    .optional(),
  order: z
    .enum(
      OVERVIEW_ORDER_VALUES as [string, ...string[]],
      fieldError("order", `must be one of '${OVERVIEW_ORDER_VALUES.join("', '")}'`)
    )
    .default(DEFAULT_OVERVIEW_ORDER),
}

const salesRangeInOrder = (params: { sales_min?: number; sales_max?: number }) =>
  params.sales_min === undefined ||
  params.sales_max === undefined ||
  params.sales_min <= params.sales_max

const salesRangeError = {
  ...fieldError("sales_max", "must not be less than 'sales_min'"),
  path: ["sales_max"],
}

export const AdminGetCustomerOverviewParams = z
  .object({ ...overviewFilterFields, ...pagingParams(50, 200) })
  .strict()
  .refine(salesRangeInOrder, salesRangeError)
export type AdminGetCustomerOverviewParamsType = z.infer<typeof AdminGetCustomerOverviewParams>

export const AdminExportCustomerOverviewParams = z
  .object({ ...overviewFilterFields, format: exportFormatParam })
  .strict()
  .refine(salesRangeInOrder, salesRangeError)
export type AdminExportCustomerOverviewParamsType = z.infer<
  typeof AdminExportCustomerOverviewParams
>
