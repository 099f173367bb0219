import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Client } from "pg"
import { to as copyTo } from "pg-copy-streams"
import { PassThrough, Readable } from "stream"
import { setTimeout as delay } from "timers/promises"
import { bindForCopy } from "./bound-copy-statement"

export type CopyExportQuery = {
  /**
   * A name for the statement (lower-case letters and `_`), written in a
   * comment before it so it can be told apart in pg_stat_activity.
   */
  label: string
  /** The SELECT, with `?` placeholders. */
  sql: string
  bindings: readonly unknown[]
  /** Statements run in the transaction before the COPY (`SET LOCAL …`). */
  settings?: string[]
}

/** How long a cancelled COPY may take to stop before its backend is ended. */
const STOP_TIMEOUT_MS = 10_000

/**
 * Runs `COPY (query) TO STDOUT (FORMAT binary)` in a read-only transaction
 * and hands its data, as it arrives, to `consume`, which turns it into the
 * response. Memory stays flat whatever the size: PostgreSQL's socket is
 * read only as fast as `consume` takes the data, and `consume` writes only
 * as fast as the client reads (a `stream.pipeline` into the response).
 *
 * When `consume` fails — most often because the client went away — the
 * COPY is cancelled and what PostgreSQL still sends is read and dropped
 * until it stops, then the transaction rolls back and the connection goes
 * back to the pool in working order.
 */
export async function streamCopyExport(
  knex: Knex,
  query: CopyExportQuery,
  consume: (data: Readable) => Promise<void>
) {
  if (!/^[a-z_]+$/.test(query.label)) {
    throw new Error(`Not a statement label: ${query.label}`)
  }
  await knex.transaction(
    async (trx) => {
      // The transaction's own connection: the COPY runs inside it. (Knex types its client `any`.)
      const connection: Client = await trx.client.acquireConnection()
      for (const statement of query.settings ?? []) {
        await connection.query(statement)
      }
      const select = await bindForCopy(knex, connection, query.sql, query.bindings)
      const copy = connection.query(
        copyTo(`/* ${query.label} */ COPY (${select}) TO STDOUT (FORMAT binary)`)
      )

      let copyOver = false
      const copyEnded = new Promise<Error | null>((resolve) => {
        copy.once("end", () => resolve(null))
        copy.once("error", (error) => resolve(error))
      }).finally(() => {
        copyOver = true
      })
      // The COPY stream is piped, not handed to `consume`'s pipeline: a
      // pipeline that fails destroys its streams, and this one must stay
      // readable to be drained.
      const data = new PassThrough()
      copy.on("error", (error) => data.destroy(error))
      copy.pipe(data)

      let failure: unknown = null
      try {
        await consume(data)
      } catch (error) {
        failure = error
      }
      if (!copyOver) {
        await stopCopy(knex, connection, copy, data, copyEnded)
      }
      const copyError = copyOver ? await copyEnded : new Error("The export's COPY did not stop")
      if (failure || copyError) {
        // Rolls the transaction back.
        throw failure ?? copyError
      }
    },
    { readOnly: true }
  )
}

async function stopCopy(
  knex: Knex,
  connection: Client,
  copy: Readable,
  data: PassThrough,
  copyEnded: Promise<unknown>
) {
  copy.unpipe(data)
  // Read and drop the rest: a backend blocked writing to a full socket
  // would never see the cancel.
  copy.resume()
  const backend = (connection as unknown as { processID: number }).processID
  await knex.raw("SELECT pg_cancel_backend(?)", [backend])
  if (await endsWithin(copyEnded, STOP_TIMEOUT_MS)) {
    return
  }
  // Cancelling did not stop it: end the backend, and close the connection
  // (the pool then drops it instead of handing it out again).
  await knex.raw("SELECT pg_terminate_backend(?)", [backend])
  if (!(await endsWithin(copyEnded, STOP_TIMEOUT_MS))) {
    await connection.end().catch(() => undefined)
  }
}

async function endsWithin(promise: Promise<unknown>, ms: number) {
  const timer = new AbortController()
  try {
    return await Promise.race([
      promise.then(() => true),
      delay(ms, false, { signal: timer.signal }),
    ])
  } finally {
    timer.abort()
  }
}
