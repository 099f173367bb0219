import { sql, SqlFragment } from "./sql"

/**
 * Counts the members a compiled rule tree selects and returns the newest
 * `sampleSize` of them, in one statement (the rules run once).
 */
export function segmentPreview(members: SqlFragment, sampleSize = 10): SqlFragment {
  return sql`WITH members AS MATERIALIZED (${members})
SELECT (SELECT count(*) FROM members) AS count,
       COALESCE((
         SELECT json_agg(s ORDER BY s.created_at DESC, s.id)
           FROM (SELECT c.id, c.email, c.first_name, c.last_name, c.created_at
                   FROM members m
                   JOIN customer c ON c.id = m.customer_id
                  ORDER BY c.created_at DESC, c.id
                  LIMIT ${sampleSize}) s
       ), '[]'::json) AS sample`
}
