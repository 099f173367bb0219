import { z } from "zod"

/*
 * How the API's validators word a field's rule, and their whole numbers; plain
 * zod, so the admin's forms can check a value by the same rule (see
 * loyalty-program.ts).
 */

/** A zod message that names the field, e.g. "Field 'rank' must be …". */
export const fieldError = (field: string, rule: string) => ({
  message: `Field '${field}' ${rule}`,
})

/**
 * The largest whole number a request may send: points and counts are
 * stored as 32-bit integers, and a bigger value must be a 400, not a 500.
 */
export const MAX_WHOLE_NUMBER = 1_000_000_000

/** A whole number in a JSON body, within bounds. */
export const wholeNumber = (field: string, min: number, max: number = MAX_WHOLE_NUMBER) =>
  // Each check stops the rest: 1e308 would otherwise be told three limits
  // at once (zod's safe-integer bound, `max`, and any refinement after).
  z
    .number(fieldError(field, "must be a number"))
    .int({ ...fieldError(field, "must be a whole number"), abort: true })
    .min(min, { ...fieldError(field, `must be at least ${min}`), abort: true })
    .max(max, { ...fieldError(field, `must be at most ${max}`), abort: true })

/**
 * Over 0, said as such. Medusa's validator words every `too_small` as
 * "expected at least: '0'", which for `.gt(0)` refused 0 with a message
 * that allows it; a refinement keeps this message.
 */
export const aboveZero = (field: string) =>
  [(value: number) => value > 0, fieldError(field, "must be greater than 0")] as const

/** The end of an enum's message: "must be one of 'a', 'b'". */
export const oneOf = (values: readonly string[]) => `must be one of '${values.join("', '")}'`
