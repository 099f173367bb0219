import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { ISO_DATE_RULE, isIsoDate } from "../../utils/iso-date"
import { escapeLike } from "../../utils/like-pattern"
import { fieldError, wholeNumber } from "../../lib/schemas/field-rules"
import { decodeListCursor, MAX_LIST_OFFSET } from "./list-cursor"

/** A query-string value read as a number; bodies pass numbers through. */
const fromQueryString = (value: unknown) =>
  typeof value === "string" && value.trim() !== "" ? Number(value) : value

/** A whole number from the query string, within bounds. */
export const queryInt = (field: string, min: number, max?: number) =>
  z.preprocess(fromQueryString, wholeNumber(field, min, max))

/** `limit` and `offset` for list routes. */
export const pagingParams = (defaultLimit = 50, maxLimit = 500) => ({
  limit: queryInt("limit", 1, maxLimit).default(defaultLimit),
  offset: queryInt("offset", 0).default(0),
})

/** A customer's redemptions, at the desk and in the store: newest first, 20 a page by default. */
export const RedemptionListParams = z.object(pagingParams(20, 100)).strict()

/**
 * `limit`, `offset` and `cursor` for the lists paged by key (the ledger and
 * the memberships): `cursor` is the `next_cursor` of the page before;
 * `offset` stays for the first pages only, since the database reads every
 * row it skips.
 */
export const cursorPagingParams = (defaultLimit = 50, maxLimit = 500) => ({
  limit: queryInt("limit", 1, maxLimit).default(defaultLimit),
  offset: z
    .preprocess(fromQueryString, wholeNumber("offset", 0))
    .refine(
      (offset) => offset <= MAX_LIST_OFFSET,
      fieldError(
        "offset",
        `must be at most ${MAX_LIST_OFFSET}; page further with 'cursor' (the next_cursor of the page before)`
      )
    )
    .default(0),
  cursor: z
    .string(fieldError("cursor", "must be a string"))
    .transform((value, ctx) => {
      try {
        return decodeListCursor(value)
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message })
        return z.NEVER
      }
    })
    .optional(),
})

/** `cursor` says where the page starts; an `offset` with it is a mistake. */
export const cursorWithoutOffset = (params: { cursor?: unknown; offset?: number }) =>
  !(params.cursor && params.offset)
export const cursorWithoutOffsetError = fieldError("offset", "must not be sent with 'cursor'")

/**
 * Medusa's list parameters (`fields`, `order`, `with_deleted`) with bounded
 * `limit` and `offset`: Medusa's own let a negative one reach the database
 * (a 500).
 */
export const findParams = (defaultLimit = 50) =>
  createFindParams().extend(pagingParams(defaultLimit))

/**
 * `q` of a list served by Medusa's own search (the `searchable()` fields,
 * matched with ILIKE '%q%'): `%` and `_` are escaped so that they match
 * themselves, not any text.
 */
export const searchQuery = () =>
  z
    .string(fieldError("q", "must be a string"))
    .max(200, fieldError("q", "must be at most 200 characters"))
    .transform(escapeLike)
    .optional()

/** `true`/`false` from the query string. */
export const queryBoolean = (field: string) =>
  z.preprocess(
    (value) => (value === "true" ? true : value === "false" ? false : value),
    z.boolean(fieldError(field, "must be 'true' or 'false'"))
  )

/** One value or several (`?type=earn&type=redeem` or `?type=earn,redeem`). */
export const queryEnumList = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((v) => v.trim())
            .filter(Boolean)
        : value,
    z
      .array(z.string(), fieldError(field, `must be one of '${values.join("', '")}'`))
      .refine(
        (list) => list.every((item) => values.includes(item)),
        fieldError(field, `must be one of '${values.join("', '")}'`)
      )
      .transform((list) => list as T[number][])
  )

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The one date type of every route: an ISO 8601 date or date-time in the
 * years 1900 to 9999, as a string; anything else is a 400 naming the field.
 */
export const isoDateString = (field: string) =>
  // One custom check rather than z.string(): a number or an object then gets
  // the same message, not Medusa's "Expected type … for field 'expiry, date'".
  z.custom<string>(isIsoDate, fieldError(field, ISO_DATE_RULE))

/**
 * A `from`/`to` range from the query string: `from` inclusive; `to`
 * inclusive too, and a date without a time means to the end of that day
 * (UTC). Returned as `from` / `before` (exclusive) Dates.
 */
export const dateRangeParams = {
  from: isoDateString("from").optional(),
  to: isoDateString("to").optional(),
}

export function toDateRange(params: { from?: string; to?: string }): {
  from: Date | null
  before: Date | null
} {
  const from = params.from ? new Date(params.from) : null
  let before: Date | null = null
  if (params.to) {
    before = new Date(params.to)
    before = DATE_ONLY.test(params.to)
      ? new Date(before.getTime() + 24 * 60 * 60 * 1000)
      : new Date(before.getTime() + 1)
  }
  return { from, before }
}

/** Refuses a range whose end comes before its start. */
export const rangeInOrder = (params: { from?: string; to?: string }) => {
  const { from, before } = toDateRange(params)
  return !from || !before || from.getTime() < before.getTime()
}
