import { z } from "zod"

/** What a form schema refuses: each field's first message, as react-hook-form shows it. */
export const schemaErrors = (schema: z.ZodType, values: unknown) => {
  const errors: Record<string, string> = {}
  for (const issue of schema.safeParse(values).error?.issues ?? []) {
    const field = issue.path.join(".")
    errors[field] ??= issue.message
  }
  return errors
}
