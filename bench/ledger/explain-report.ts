/**
 * `medusa exec ./bench/ledger/explain-report.ts` against a bench database:
 * builds the points report's statements with the route's own code
 * (`entriesReportPageQuery`) for each filter the issue names — first page,
 * a page by cursor deep in the ledger, type + 90 days, status, member
 * number, customer, a name search — and prints, for each, the indexes its
 * plan reads and the time EXPLAIN ANALYZE measured. With BENCH_EXPLAIN_FULL=1
 * it prints the whole plans too.
 */
import { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  EntriesReportFilters,
  entriesReportPageQuery,
} from "../../src/api/utils/loyalty-entries-report"
import { ListPosition } from "../../src/api/utils/list-cursor"
import { CUSTOMER_LOYALTY_MODULE } from "../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../src/modules/customer-loyalty/service"

type PlanNode = {
  "Node Type": string
  "Index Name"?: string
  "Relation Name"?: string
  Plans?: PlanNode[]
}

/** EXPLAIN (FORMAT JSON)'s one row. */
type JsonPlanRow = { "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }

const scans = (node: PlanNode, found: string[] = []) => {
  if (node["Index Name"]) {
    found.push(`${node["Node Type"]} ${node["Index Name"]}`)
  } else if (node["Node Type"].includes("Seq Scan")) {
    found.push(`Seq Scan ${node["Relation Name"]}`)
  }
  for (const child of node.Plans ?? []) {
    scans(child, found)
  }
  return found
}

export default async function explainReport({ container }: ExecArgs) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const middle = (
    await knex.raw(
      `SELECT created_at, id FROM loyalty_entry
        WHERE deleted_at IS NULL
        ORDER BY created_at DESC, id DESC
        OFFSET (SELECT (reltuples / 2)::bigint FROM pg_class WHERE relname = 'loyalty_entry')
        LIMIT 1`
    )
  ).rows[0]
  const member = (
    await knex.raw(
      `SELECT a.member_number, e.customer_id, c.first_name
         FROM loyalty_entry e
         JOIN loyalty_account a ON a.id = e.account_id
         JOIN customer c ON c.id = e.customer_id
        WHERE e.deleted_at IS NULL
        LIMIT 1`
    )
  ).rows[0]
  const page: ListPosition = { limit: 20, offset: 0 }
  const ninetyDaysAgo = new Date(Date.now() - 90 * 86_400_000)
  const cases: [string, EntriesReportFilters, ListPosition][] = [
    ["first page", {}, page],
    [
      "page by cursor, mid-ledger",
      {},
      { ...page, cursor: { created_at: middle.created_at.toISOString(), id: middle.id } },
    ],
    ["type=earn, last 90 days", { type: ["earn"], from: ninetyDaysAgo }, page],
    ["type=close (rare)", { type: ["close"] }, page],
    ["status=pending", { status: ["pending"] }, page],
    ["member number", { q: member.member_number }, page],
    ["customer_id", { customer_id: member.customer_id }, page],
    ["name search", { q: member.first_name }, page],
  ]
  for (const [label, filters, position] of cases) {
    const { text, params } = await entriesReportPageQuery(container, filters, position)
    const explain = <Row>(options: string) =>
      loyalty.runQuery<Row>({ text: `EXPLAIN (${options}) ${text}`, params })
    const [plan] = (await explain<JsonPlanRow>("ANALYZE, BUFFERS, FORMAT JSON"))[0]["QUERY PLAN"]
    console.log(
      `${label.padEnd(28)} ${String(plan["Execution Time"].toFixed(1)).padStart(8)} ms  ${[
        ...new Set(scans(plan.Plan)),
      ].join(", ")}`
    )
    if (process.env.BENCH_EXPLAIN_FULL) {
      const lines = await explain<{ "QUERY PLAN": string }>("ANALYZE, BUFFERS")
      console.log(lines.map((row) => row["QUERY PLAN"]).join("\n"))
    }
  }
}
