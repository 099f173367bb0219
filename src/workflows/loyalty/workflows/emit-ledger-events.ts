import { PostedEntry } from "../../../modules/customer-loyalty/ledger"

/** Event data for newly posted entries; duplicates emit nothing. */
export function entryEvents(posted: (PostedEntry | null | undefined)[]) {
  return posted.flatMap((p) =>
    p && !p.duplicate
      ? [
          {
            account_id: p.entry.account_id,
            customer_id: p.entry.customer_id,
            entry_id: p.entry.id,
            type: p.entry.type,
            points: p.entry.points,
            status: p.entry.status,
            source: p.entry.source,
            source_id: p.entry.source_id,
            description: p.entry.description,
          },
        ]
      : []
  )
}
