import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Readable, Writable } from "stream"
import { pipeline } from "stream/promises"

export type CursorCsvExport<Row> = {
  /** The cursor's name (an SQL identifier, never user input). */
  cursor: string
  sql: string
  bindings: readonly unknown[]
  /** Statements run in the transaction before the cursor is declared. */
  settings?: string[]
  batchSize: number
  /** What comes before the first row (byte order mark and header). */
  head: string
  /** One batch of rows as CSV text. */
  toCsv: (rows: Row[]) => string
}

/**
 * Sends a statement's rows to the response as CSV while reading them: a
 * server-side cursor in a read-only transaction, fetched one batch at a
 * time and piped with backpressure, so the next batch is fetched only once
 * the client has taken the last one and memory stays flat however many
 * rows there are. When the client goes away the pipeline fails, the
 * transaction rolls back and the connection goes back to the pool.
 */
/** `toCsv` for a query whose rows are CSV lines PostgreSQL already wrote (`… AS line`). */
export const joinCsvLines = (rows: { line: string }[]) => {
  let chunk = ""
  for (const row of rows) {
    chunk += row.line + "\r\n"
  }
  return chunk
}

export async function pipeCursorAsCsv<Row>(
  knex: Knex,
  source: CursorCsvExport<Row>,
  res: Writable
) {
  await knex.transaction(
    async (trx) => {
      for (const statement of source.settings ?? []) {
        await trx.raw(statement)
      }
      await trx.raw(
        `DECLARE ${source.cursor} NO SCROLL CURSOR FOR ${source.sql}`,
        source.bindings as any[]
      )
      async function* chunks() {
        yield source.head
        while (true) {
          const { rows } = await trx.raw(
            `FETCH ${source.batchSize} FROM ${source.cursor}`
          )
          if (!rows.length) {
            return
          }
          yield source.toCsv(rows as Row[])
        }
      }
      // highWaterMark 1: hold at most one batch ahead of the response.
      await pipeline(
        Readable.from(chunks(), { objectMode: true, highWaterMark: 1 }),
        res
      )
    },
    { readOnly: true }
  )
}
