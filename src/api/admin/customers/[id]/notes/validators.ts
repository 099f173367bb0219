import { z } from "@medusajs/framework/zod"
import { findParams } from "../../../../utils/loyalty-validators"

const fieldError = (field: string, rule: string) => ({ message: `Field '${field}' ${rule}` })

export const NOTE_MAX_LENGTH = 5000

const body = z
  .string(fieldError("body", "must be a text"))
  .trim()
  .min(1, fieldError("body", "must not be empty"))
  .max(NOTE_MAX_LENGTH, fieldError("body", `must be at most ${NOTE_MAX_LENGTH} characters`))

export const AdminCreateCustomerNote = z.object({ body }).strict()
export type AdminCreateCustomerNoteType = z.infer<typeof AdminCreateCustomerNote>

export const AdminUpdateCustomerNote = z.object({ body }).strict()
export type AdminUpdateCustomerNoteType = z.infer<typeof AdminUpdateCustomerNote>

export const AdminGetCustomerNotesParams = findParams(50).extend({
  /** Deleted notes too, with `deleted_at` and `deleted_by`: the history. */
  include_deleted: z
    .enum(["true", "false"], fieldError("include_deleted", "must be 'true' or 'false'"))
    .transform((value) => value === "true")
    .optional(),
})
export type AdminGetCustomerNotesParamsType = z.infer<typeof AdminGetCustomerNotesParams>
