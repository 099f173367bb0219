import { z } from "@medusajs/framework/zod"
import { queryInt } from "../../utils/loyalty-validators"
import { fieldError } from "../../../lib/schemas/field-rules"

/** The most items one preview may price (a 400 above, never a huge number). */
export const MAX_PREVIEW_QUANTITY = 10_000

const id = (field: string) =>
  z
    .string(fieldError(field, "must be a string"))
    .trim()
    .min(1, fieldError(field, "must not be empty"))

export const StoreGetLoyaltyPreviewParams = z
  .object({
    variant_id: id("variant_id"),
    quantity: queryInt("quantity", 1, MAX_PREVIEW_QUANTITY).default(1),
    region_id: id("region_id").optional(),
    // Which country's tax to take out of a price that includes it.
    country_code: z
      .string(fieldError("country_code", "must be a string"))
      .regex(/^[a-zA-Z]{2}$/, fieldError("country_code", "must be a 2-letter country code"))
      .transform((code) => code.toLowerCase())
      .optional(),
  })
  .strict()
export type StoreGetLoyaltyPreviewParamsType = z.infer<typeof StoreGetLoyaltyPreviewParams>
