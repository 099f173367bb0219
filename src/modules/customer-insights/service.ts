import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  CustomerBusinessProfile,
  CustomerNote,
  CustomerOrderFact,
  CustomerOrderLineFact,
  CustomerSalesStats,
} from "./models"
import { OrderFactsScope, replaceOrderFactRows, replaceOrderLineFactRows } from "./order-facts"

/** A statement with `?` placeholders, built outside this module. */
export type SalesStatsQuery = { text: string; params: readonly unknown[] }
export type { OrderFactsScope } from "./order-facts"

/** What a replacement of order facts did, per table: rows selected, written (new or changed), removed. */
export type OrderFactsReplaced = Record<
  "orders" | "lines",
  { rows: number; written: number; removed: number }
>

/** A note's text as it was before an edit: what the edit's compensation writes back. */
export type CustomerNoteText = {
  id: string
  body: string
  edited_at: Date | null
  revisions: { body: string; replaced_at: string }[] | null
}

/** The tables holding what staff know about a customer, all keyed by `customer_id`. */
const CUSTOMER_TABLES = [
  "customer_business_profile",
  "customer_note",
  "customer_sales_stats",
  "customer_order_fact",
  "customer_order_line_fact",
] as const
type CustomerTable = (typeof CUSTOMER_TABLES)[number]

/** Rows removed when customers were forgotten, whole (as `to_jsonb` gives them), by table. */
export type ForgottenInsights = Partial<Record<CustomerTable, Record<string, unknown>[]>>

const managerOf = (context: Context) =>
  (context.transactionManager ?? context.manager) as SqlEntityManager

/**
 * What staff know about a customer beyond Medusa's own record: the B2B
 * profile, private notes, the facts of their orders (a narrow copy of what
 * counts in them) and the sales figures the customer overview sorts by.
 * Knows nothing of other modules' tables: order facts and sales figures
 * come from queries its caller builds.
 */
class CustomerInsightsModuleService extends MedusaService({
  CustomerBusinessProfile,
  CustomerNote,
  CustomerOrderFact,
  CustomerOrderLineFact,
  CustomerSalesStats,
}) {
  /**
   * Runs a statement built outside the module and returns its rows: the
   * reads of Medusa's order tables that decide which facts and figures to
   * refresh, on the module's connection.
   */
  @InjectManager()
  async runQuery<T = Record<string, unknown>>(
    query: SalesStatsQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<T[]> {
    return (await managerOf(sharedContext).execute(query.text, [...query.params])) as T[]
  }

  /**
   * Makes the facts of the orders in `scope` the rows `orders` and `lines`
   * select (columns as CustomerOrderFact and CustomerOrderLineFact hold
   * them, without the raw amounts): new and changed rows are written,
   * unchanged ones left alone, rows in the scope the queries no longer
   * select (an order that stopped counting, a line gone) removed. One
   * transaction; the queries must select only orders in the scope.
   *
   * A range scope (a batch of a rebuild) first locks both tables against
   * other writers (readers go on): an order event handled meanwhile then
   * writes either before the batch reads the orders or after it committed,
   * never a state older than the batch's in between.
   */
  @InjectTransactionManager()
  async replaceOrderFacts(
    input: { scope: OrderFactsScope; orders: SalesStatsQuery; lines: SalesStatsQuery },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OrderFactsReplaced> {
    const manager = managerOf(sharedContext)
    if ("order_ids" in input.scope && !input.scope.order_ids.length) {
      const none = { rows: 0, written: 0, removed: 0 }
      return { orders: none, lines: none }
    }
    // Estimated dear (a subquery per order), a rebuild batch made PostgreSQL
    // compile it with JIT: 3 to 7 s a batch, for a second of work.
    await manager.execute(`SET LOCAL jit = off`)
    if ("order_id_range" in input.scope) {
      await manager.execute(
        `LOCK TABLE customer_order_fact, customer_order_line_fact IN SHARE ROW EXCLUSIVE MODE`
      )
    }
    const run = async (statement: { text: string; params: unknown[] }) => {
      const [counts] = (await manager.execute(statement.text, statement.params)) as {
        rows: string
        written: string
        removed: string
      }[]
      return {
        rows: Number(counts.rows),
        written: Number(counts.written),
        removed: Number(counts.removed),
      }
    }
    return {
      orders: await run(replaceOrderFactRows(input.scope, input.orders)),
      lines: await run(replaceOrderLineFactRows(input.scope, input.lines)),
    }
  }

  /**
   * Gathers the planner's statistics of the fact tables: after a rebuild
   * filled or rewrote them, reads would otherwise be planned blind (scans of
   * the whole table) until autovacuum comes by, if it is on. And marks
   * their pages all-visible (VACUUM), so the segments' aggregates read the
   * covering indexes alone right after a bulk rebuild, not each row's page
   * as well. VACUUM cannot run in a transaction: inside one, ANALYZE only.
   */
  @InjectManager()
  async analyzeOrderFacts(@MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = managerOf(sharedContext)
    const inTransaction = manager.isInTransaction?.() ?? !!sharedContext.transactionManager
    await manager.execute(
      inTransaction
        ? `ANALYZE customer_order_fact, customer_order_line_fact`
        : `VACUUM (ANALYZE) customer_order_fact, customer_order_line_fact`
    )
  }

  /**
   * Replaces the sales figures of `customer_ids` (all customers when null)
   * with the rows `query` selects: `customer_id, currency_code, sales_total,
   * order_count, first_order_at, last_order_at`. One statement each way.
   */
  @InjectTransactionManager()
  async replaceSalesStats(
    input: { customer_ids: string[] | null; query: SalesStatsQuery },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: number }> {
    const manager = managerOf(sharedContext)
    if (input.customer_ids) {
      if (!input.customer_ids.length) {
        return { rows: 0 }
      }
      // Refreshes of the same customer run one after the other (in id order,
      // so two over overlapping customers cannot deadlock): twenty order
      // events of one customer at once outran the retry on the unique index.
      await manager.execute(
        `SELECT pg_advisory_xact_lock(hashtext('customer_sales_stats:' || ids.id))
           FROM (SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS id ORDER BY 1) ids`,
        [JSON.stringify(input.customer_ids)]
      )
      await manager.execute(
        `DELETE FROM customer_sales_stats
          WHERE customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(input.customer_ids)]
      )
    } else {
      await manager.execute(`DELETE FROM customer_sales_stats`)
    }
    const [inserted] = (await manager.execute(
      `WITH inserted AS (
         INSERT INTO customer_sales_stats
           (id, customer_id, currency_code, sales_total, raw_sales_total, order_count,
            first_order_at, last_order_at, created_at, updated_at)
         SELECT 'csst_' || replace(gen_random_uuid()::text, '-', ''), s.customer_id, s.currency_code,
                s.sales_total, jsonb_build_object('value', s.sales_total::text, 'precision', 20),
                s.order_count, s.first_order_at, s.last_order_at, now(), now()
           FROM (${input.query.text}) s
         RETURNING 1
       )
       SELECT count(*)::int AS rows FROM inserted`,
      [...input.query.params]
    )) as { rows: number }[]
    if (!input.customer_ids) {
      // Every row was rewritten: segments read this table, and would be
      // planned on the statistics of the old one (or of none) until
      // autovacuum came by, if it is on.
      await manager.execute(`ANALYZE customer_sales_stats`)
    }
    return { rows: inserted.rows }
  }

  /**
   * Replaces a note's text and appends the one it replaces to `revisions`,
   * with the note's row locked: parallel edits then queue, and each keeps
   * the text the one before it wrote. Returns the note as it was, or null
   * when the text is the same (nothing changes).
   */
  @InjectTransactionManager()
  async reviseCustomerNote(
    input: { id: string; body: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CustomerNoteText | null> {
    const manager = managerOf(sharedContext)
    const [current] = (await manager.execute(
      `SELECT id, body, edited_at, revisions FROM customer_note
        WHERE id = ? AND deleted_at IS NULL
          FOR UPDATE`,
      [input.id]
    )) as CustomerNoteText[]
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Note with id: ${input.id} was not found`)
    }
    if (current.body === input.body) {
      return null
    }
    const now = new Date()
    const revisions = [
      ...(current.revisions ?? []),
      { body: current.body, replaced_at: now.toISOString() },
    ]
    await manager.execute(
      `UPDATE customer_note SET body = ?, edited_at = ?, revisions = ?::jsonb, updated_at = ?
        WHERE id = ?`,
      [input.body, now, JSON.stringify(revisions), now, input.id]
    )
    return current
  }

  /**
   * Deletes for good everything this module holds on the customers — B2B
   * profile, notes (deleted ones and their earlier texts too), sales figures —
   * and returns the rows, so a failing workflow can put them back.
   */
  @InjectTransactionManager()
  async forgetCustomers(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ForgottenInsights> {
    const forgotten: ForgottenInsights = {}
    if (!customerIds.length) {
      return forgotten
    }
    const manager = managerOf(sharedContext)
    for (const table of CUSTOMER_TABLES) {
      const deleted = (await manager.execute(
        `DELETE FROM ${table} t
          WHERE t.customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))
      RETURNING to_jsonb(t) AS row`,
        [JSON.stringify(customerIds)]
      )) as { row: Record<string, unknown> }[]
      forgotten[table] = deleted.map((d) => d.row)
    }
    return forgotten
  }

  /** Puts back what `forgetCustomers` deleted (workflow compensation). */
  @InjectTransactionManager()
  async restoreForgottenCustomers(
    forgotten: ForgottenInsights,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = managerOf(sharedContext)
    for (const table of CUSTOMER_TABLES) {
      const saved = forgotten[table] ?? []
      if (saved.length) {
        await manager.execute(
          `INSERT INTO ${table}
           SELECT * FROM jsonb_populate_recordset(NULL::${table}, ?::jsonb)
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(saved)]
        )
      }
    }
  }
}

export default CustomerInsightsModuleService
