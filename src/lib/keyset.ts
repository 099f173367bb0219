import { raw, sql, SqlFragment } from "./sql"

/**
 * Keyset paging, newest first, on a timestamp column and the row's id: the
 * points lists on `created_at`, a segment's members on `entered_at`. A page
 * ends with its last row's key; the next page is the rows strictly after it
 * in that order, found through an index instead of skipping rows. The id is
 * part of the key because many rows can share a timestamp (one segment
 * refresh enters all its customers at the same microsecond).
 */
export type KeysetColumns = {
  /** A `timestamptz` column, qualified as the statement needs: `e.created_at`. */
  at: string
  id: string
}

/**
 * A row's key as a cursor holds it: the timestamp as text to the
 * microsecond (`2026-03-02T10:00:00.123456Z`; PostgreSQL keeps microseconds,
 * a JS Date does not) and the id.
 */
export type KeysetPosition = { at: string; id: string }

/**
 * The select expression giving the key's timestamp in the cursor's form, as
 * `cursor_at`. Clients hold cursors made from it: its output must not change.
 */
export const keysetCursorColumn = (key: KeysetColumns): SqlFragment =>
  raw(`to_char(${key.at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`)

/**
 * Rows after `position` in the key's descending order: a row comparison, so
 * PostgreSQL can start an index scan at the position.
 */
export const afterKeysetPosition = (key: KeysetColumns, position: KeysetPosition): SqlFragment =>
  sql`(${raw(key.at)}, ${raw(key.id)}) < (${position.at}::timestamptz, ${position.id})`

/** The key's order, newest first. */
export const keysetNewestFirst = (key: KeysetColumns): SqlFragment =>
  raw(`${key.at} DESC, ${key.id} DESC`)
