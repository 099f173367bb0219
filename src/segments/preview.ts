import { CustomerColumn } from "./compile"
import { sql, SqlFragment } from "../lib/sql"

/** The columns `segmentPreview` needs the compiled statement to select. */
export const PREVIEW_CUSTOMER_COLUMNS: readonly CustomerColumn[] = [
  "email",
  "first_name",
  "last_name",
  "created_at",
]

/**
 * Counts the members a compiled rule tree selects and returns the newest
 * `sampleSize` of them, in one statement (the rules run once). `members`
 * selects `customer_id` and PREVIEW_CUSTOMER_COLUMNS (compiled with
 * `customer_columns`), so the sample is a top-N of the members themselves.
 */
export function segmentPreview(members: SqlFragment, sampleSize = 10): SqlFragment {
  return sql`WITH members AS MATERIALIZED (${members})
SELECT (SELECT count(*) FROM members) AS count,
       COALESCE((
         SELECT json_agg(s ORDER BY s.created_at DESC, s.id)
           FROM (SELECT m.customer_id AS id, m.email, m.first_name, m.last_name, m.created_at
                   FROM members m
                  ORDER BY m.created_at DESC, m.customer_id
                  LIMIT ${sampleSize}) s
       ), '[]'::json) AS sample`
}
