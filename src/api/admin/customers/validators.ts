import { z } from "@medusajs/framework/zod"
import { isoDateString } from "../../utils/loyalty-validators"

const fieldError = (field: string, rule: string) => ({
  message: `Field '${field}' ${rule}`,
})

export const AdminAssignCustomerFlag = z
  .object({
    flag_id: z.string().min(1, fieldError("flag_id", "must not be empty")),
    note: z.string().max(2000).nullish(),
    expires_at: isoDateString("expires_at")
      .refine(
        (value) => Date.parse(value) > Date.now(),
        fieldError("expires_at", "must be in the future")
      )
      .nullish(),
  })
  .strict()
export type AdminAssignCustomerFlagType = z.infer<typeof AdminAssignCustomerFlag>
