import type { z } from "zod"

/** A form schema's message for each field it refuses, as the form shows them. */
export const schemaErrors = (schema: z.ZodType, values: unknown) => {
  const result = schema.safeParse(values)
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message])
  )
}
