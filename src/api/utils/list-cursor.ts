import { MedusaError } from "@medusajs/framework/utils"
import {
  afterKeysetPosition,
  KeysetColumns,
  keysetCursorColumn,
  keysetNewestFirst,
} from "../../lib/keyset"
import { raw, sql, SqlFragment, whereAll } from "../../lib/sql"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"

/**
 * Keyset paging on `(created_at, id)`, newest first. A cursor names the last
 * row of a page; the next page is the rows strictly after it in that order,
 * found through an index instead of skipping `offset` rows.
 *
 * `created_at` travels as text with microseconds: PostgreSQL keeps them and
 * a JS Date does not, and a cursor rounded to milliseconds would skip or
 * repeat rows created within the same millisecond.
 */
export type ListCursor = { created_at: string; id: string }

/** `2026-03-02T10:00:00.123456Z`, the form the cursor carries. */
const TIMESTAMP = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/
const ID = /^[A-Za-z0-9_]{1,100}$/
const MAX_CURSOR_LENGTH = 300

/** The offsets past which a list answers 400 and points to the cursor. */
export const MAX_LIST_OFFSET = 10_000

const invalidCursor = () =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "Field 'cursor' must be a next_cursor returned by this list"
  )

/** Not Feb 30 or hour 24: JS rolls them over, PostgreSQL refuses them (a 500). */
const isRealDate = (timestamp: string) => {
  const date = new Date(timestamp)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 23) === timestamp.slice(0, 23)
}

export function encodeListCursor(cursor: ListCursor): string {
  return Buffer.from(`${cursor.created_at}|${cursor.id}`, "utf8").toString("base64url")
}

/** The cursor's position, or a 400 naming `cursor` for anything else. */
export function decodeListCursor(value: string): ListCursor {
  if (value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) {
    throw invalidCursor()
  }
  const [created_at, id, ...rest] = Buffer.from(value, "base64url").toString("utf8").split("|")
  if (
    rest.length ||
    !TIMESTAMP.test(created_at ?? "") ||
    !ID.test(id ?? "") ||
    !isRealDate(created_at)
  ) {
    throw invalidCursor()
  }
  return { created_at, id }
}

/** The key a list pages on: the table's `(created_at, id)`. */
const createdAtKey = (table: string): KeysetColumns => ({
  at: `${table}.created_at`,
  id: `${table}.id`,
})

/**
 * Splits the `limit + 1` rows read into the page and the cursor to the
 * next one (null on the last page), dropping the helper column.
 */
export function pageWithCursor<T extends { id: string; cursor_at: string }>(
  rows: T[],
  limit: number
): { rows: Omit<T, "cursor_at">[]; next_cursor: string | null } {
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  return {
    rows: page.map(({ cursor_at: _cursorAt, ...row }) => row),
    next_cursor:
      rows.length > limit && last
        ? encodeListCursor({ created_at: last.cursor_at, id: last.id })
        : null,
  }
}

/** Where a page starts: after a cursor, or `offset` rows in (small offsets only). */
export type ListPosition = { limit: number; offset: number; cursor?: ListCursor }

/**
 * A filtered select in parts, so that a page can add its cursor condition,
 * cursor column, order and limit: `SELECT columns FROM from WHERE where…`.
 */
export type PagedSelect = {
  columns: SqlFragment
  /** The table with its alias, and its joins. */
  from: SqlFragment
  /** Conditions, all of which hold. */
  where: SqlFragment[]
}

/** Reads one page of `query` (already filtered) in `(created_at, id)` order. */
export async function readPage<T extends { id: string }>(
  loyalty: Pick<CustomerLoyaltyModuleService, "runQuery">,
  query: PagedSelect,
  table: string,
  position: ListPosition
) {
  const rows = await loyalty.runQuery<T & { cursor_at: string }>(pageQuery(query, table, position))
  return pageWithCursor(rows, position.limit)
}

/** The statement of a page: one row more than the page, to know if another follows. */
export function pageQuery(query: PagedSelect, table: string, position: ListPosition): SqlFragment {
  const key = createdAtKey(table)
  const { cursor } = position
  const where = cursor
    ? [...query.where, afterKeysetPosition(key, { at: cursor.created_at, id: cursor.id })]
    : query.where
  const offset = !cursor && position.offset ? sql` OFFSET ${position.offset}` : raw("")
  return sql`SELECT ${query.columns}, ${keysetCursorColumn(key)}
  FROM ${query.from}${whereAll(where)}
 ORDER BY ${keysetNewestFirst(key)}
 LIMIT ${position.limit + 1}${offset}`
}
