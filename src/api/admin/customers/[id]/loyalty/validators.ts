import { AdditionalData } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { WithAdditionalData } from "@medusajs/medusa/api/utils/validators"
import {
  cursorPagingParams,
  cursorWithoutOffset,
  cursorWithoutOffsetError,
  RedemptionListParams,
  queryEnumList,
} from "../../../../utils/loyalty-validators"
import { MAX_WHOLE_NUMBER, fieldError } from "../../../../../lib/schemas/field-rules"
import { ENTRY_TYPES } from "../../../../../modules/customer-loyalty/constants"

export const AdminGetCustomerLoyaltyEntriesParams = z
  .object({
    type: queryEnumList("type", ENTRY_TYPES).optional(),
    ...cursorPagingParams(20),
  })
  .strict()
  .refine(cursorWithoutOffset, cursorWithoutOffsetError)
export type AdminGetCustomerLoyaltyEntriesParamsType = z.infer<
  typeof AdminGetCustomerLoyaltyEntriesParams
>

const CreateLoyaltyAdjustment = z
  .object({
    points: z
      .number(fieldError("points", "must be a number"))
      .int(fieldError("points", "must be a whole number"))
      .refine((points) => points !== 0, fieldError("points", "must not be 0"))
      .refine(
        (points) => Math.abs(points) <= MAX_WHOLE_NUMBER,
        fieldError("points", `must be at most ${MAX_WHOLE_NUMBER} either way`)
      ),
    description: z
      .string(fieldError("description", "must be a string"))
      .trim()
      .min(1, fieldError("description", "must not be empty"))
      .max(500, fieldError("description", "must be at most 500 characters")),
  })
  .strict()
/** With `additional_data` for the workflow's hook (see docs/extending.md). */
export const AdminCreateLoyaltyAdjustment = WithAdditionalData(CreateLoyaltyAdjustment)
export type AdminCreateLoyaltyAdjustmentType = z.infer<typeof CreateLoyaltyAdjustment> &
  AdditionalData

export const AdminCreateLoyaltyRedemption = z
  .object({
    reward_id: z
      .string(fieldError("reward_id", "must be a string"))
      .trim()
      .min(1, fieldError("reward_id", "must not be empty"))
      .max(200, fieldError("reward_id", "must be at most 200 characters")),
  })
  .strict()
export type AdminCreateLoyaltyRedemptionType = z.infer<typeof AdminCreateLoyaltyRedemption>

export const AdminGetCustomerLoyaltyRedemptionsParams = RedemptionListParams
export type AdminGetCustomerLoyaltyRedemptionsParamsType = z.infer<
  typeof AdminGetCustomerLoyaltyRedemptionsParams
>
