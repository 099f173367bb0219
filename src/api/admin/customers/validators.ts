import { z } from "@medusajs/framework/zod"

const fieldError = (field: string, rule: string) => ({
  message: `Field '${field}' ${rule}`,
})

export const AdminAssignCustomerFlag = z
  .object({
    flag_id: z.string().min(1, fieldError("flag_id", "must not be empty")),
    note: z.string().max(2000).nullish(),
    expires_at: z
      .string()
      .refine(
        (value) => !Number.isNaN(Date.parse(value)),
        fieldError("expires_at", "must be an ISO 8601 date")
      )
      .refine(
        (value) => Date.parse(value) > Date.now(),
        fieldError("expires_at", "must be in the future")
      )
      .nullish(),
  })
  .strict()
export type AdminAssignCustomerFlagType = z.infer<typeof AdminAssignCustomerFlag>
