import { z } from "@medusajs/framework/zod"
import {
  cursorPagingParams,
  cursorWithoutOffset,
  cursorWithoutOffsetError,
  RedemptionListParams,
  queryEnumList,
} from "../../../../utils/loyalty-validators"
import { fieldError } from "../../../../../lib/schemas/field-rules"
import { ENTRY_TYPES } from "../../../../../modules/customer-loyalty/constants"

export const StoreGetLoyaltyEntriesParams = z
  .object({
    ...cursorPagingParams(20, 100),
    type: queryEnumList("type", ENTRY_TYPES).optional(),
  })
  .strict()
  .refine(cursorWithoutOffset, cursorWithoutOffsetError)
export type StoreGetLoyaltyEntriesParamsType = z.infer<typeof StoreGetLoyaltyEntriesParams>

export const StoreCreateLoyaltyRedemption = z
  .object({
    reward_id: z
      .string(fieldError("reward_id", "must be a string"))
      .trim()
      .min(1, fieldError("reward_id", "must not be empty")),
  })
  .strict()
export type StoreCreateLoyaltyRedemptionType = z.infer<typeof StoreCreateLoyaltyRedemption>

export const StoreGetLoyaltyRedemptionsParams = RedemptionListParams
export type StoreGetLoyaltyRedemptionsParamsType = z.infer<typeof StoreGetLoyaltyRedemptionsParams>

/**
 * The membership takes no parameters: an unknown one (`?customer_id=…`) is a
 * 400, as on the other store routes, not silently ignored.
 */
export const StoreGetLoyaltyParams = z.object({}).strict()
