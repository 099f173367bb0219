import { z } from "zod"

/**
 * Whether a value passes one of the API's field schemas (src/lib/schemas):
 * a form asks the server's rule and words the refusal for staff itself.
 */
export const passes = (schema: z.ZodType) => (value: unknown) => schema.safeParse(value).success

/** A number input's text as a number; NaN when it is empty. */
export const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text))

/**
 * A number input's text, checked by the API's schema of the number; `message`
 * when it fails. With `optional`, an empty input passes.
 */
export const numberText = (schema: z.ZodType, message: string, { optional = false } = {}) =>
  z.string().refine((text) => (optional && !text.trim()) || passes(schema)(numberOf(text)), message)
