/**
 * `medusa exec ./bench/segments/explain.ts` (run by bench/segments/run.js):
 * EXPLAIN (ANALYZE, BUFFERS) of what the segment routes run, compiled by the
 * plugin's own code with the same settings and "now" = this moment:
 *
 * - `preview`: the statement of `POST /admin/segments/preview`
 *   (`segmentPreview(compileSegmentRules(…))`);
 * - `refresh`: the membership statement of `POST /admin/segments/:id/refresh`
 *   (`refreshMembership`, given a stand-in manager that explains the
 *   selection of the members into their temporary table), inside a
 *   transaction that is rolled back, so the memberships stay as they were.
 *
 * Writes each plan, with the statement and its parameters, to
 * BENCH_OUT_DIR/explain-<label>-<kind>-<key>.txt and the timings as JSON to
 * BENCH_RESULT_FILE.
 *
 * BENCH_SEGMENTS_JSON: [{ key, id, rules }] (id: the saved segment, for
 * `refresh`); BENCH_EXPLAIN: kinds, comma-separated (default
 * "preview,refresh"); BENCH_LABEL: a word for the file names.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { writeFileSync } from "fs"
import path from "path"
import { CUSTOMER_LOYALTY_MODULE } from "../../src/modules/customer-loyalty"
import type { Manager } from "../../src/modules/customer-loyalty/ledger/types"
import { refreshMembership } from "../../src/modules/customer-loyalty/segments"
import type CustomerLoyaltyModuleService from "../../src/modules/customer-loyalty/service"
import {
  compileSegmentRules,
  parseSegmentRules,
  PREVIEW_CUSTOMER_COLUMNS,
  segmentPreview,
} from "../../src/segments"

type Plan = { planning_ms: number; execution_ms: number; jit_ms: number | null; file: string }

const timings = (plan: string) => {
  const ms = (label: string) => Number(new RegExp(`${label}: ([\\d.]+) ms`).exec(plan)?.[1] ?? NaN)
  const jit = /JIT:[\s\S]*?Timing:.*?Total ([\d.]+) ms/.exec(plan)
  return {
    planning_ms: ms("Planning Time"),
    execution_ms: ms("Execution Time"),
    jit_ms: jit ? Number(jit[1]) : null,
  }
}

export default async function explainSegments({ container }: ExecArgs) {
  const outDir = process.env.BENCH_OUT_DIR
  const resultFile = process.env.BENCH_RESULT_FILE
  const label = process.env.BENCH_LABEL ?? "end"
  const kinds = (process.env.BENCH_EXPLAIN ?? "preview,refresh").split(",")
  const segments: { key: string; id?: string; rules: unknown }[] = JSON.parse(
    process.env.BENCH_SEGMENTS_JSON ?? "null"
  )
  if (!outDir || !resultFile || !segments) {
    throw new Error(
      "BENCH_OUT_DIR, BENCH_RESULT_FILE and BENCH_SEGMENTS_JSON are needed (run through bench/segments/run.js)"
    )
  }
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const settings = container
    .resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    .getSegmentSettings()

  const write = (
    kind: string,
    key: string,
    rules: unknown,
    text: string,
    params: unknown,
    plan: string
  ) => {
    const file = path.join(outDir, `explain-${label}-${kind}-${key}.txt`)
    writeFileSync(
      file,
      `-- Segment ${key}: the ${kind} statement (${kind === "preview" ? "POST /admin/segments/preview" : "POST /admin/segments/:id/refresh, membership statement, rolled back"})\n` +
        `-- rules: ${JSON.stringify(rules)}\n-- parameters: ${JSON.stringify(params)}\n\n` +
        `${text}\n\n-- EXPLAIN (ANALYZE, BUFFERS)\n${plan}\n`
    )
    return file
  }

  const results: Record<string, Record<string, Plan>> = {}
  for (const { key, id, rules } of segments) {
    const parsed = parseSegmentRules(rules)
    if (parsed.errors) {
      throw new Error(`Segment ${key}: ${parsed.errors[0].path}: ${parsed.errors[0].message}`)
    }
    const now = new Date()
    const members = compileSegmentRules(parsed.rules, {
      timezone: settings.timezone,
      now,
      marketing_consent_key: settings.marketing_consent_key,
    })
    results[key] = {}

    if (kinds.includes("preview")) {
      // As the preview route compiles and runs it.
      const statement = segmentPreview(
        compileSegmentRules(parsed.rules, {
          timezone: settings.timezone,
          now,
          marketing_consent_key: settings.marketing_consent_key,
          customer_columns: PREVIEW_CUSTOMER_COLUMNS,
        })
      )
      const rows = await pg.transaction(async (trx) => {
        await trx.raw(`SET LOCAL work_mem = '64MB'`)
        await trx.raw(`SET LOCAL jit = off`)
        return (
          await trx.raw(
            `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
            statement.params as Knex.RawBinding[]
          )
        ).rows
      })
      const plan = rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n")
      results[key].preview = {
        ...timings(plan),
        file: write("preview", key, rules, statement.text, statement.params, plan),
      }
    }

    if (kinds.includes("refresh") && id) {
      const trx = await pg.transaction()
      try {
        let explained: { text: string; params: unknown[]; plan: string } | null = null
        // A stand-in for the module's manager: the lock and the segment row
        // run for real; the membership statement is explained (and so
        // executed, then rolled back); the segment update is skipped.
        const manager = {
          execute: async (text: string, params: unknown[] = []) => {
            // The selection of the members into their temporary table: the
            // statement the refresh spends its time in (EXPLAIN ANALYZE of a
            // CREATE TABLE AS creates the table, so what follows runs on it).
            if (text.includes("CREATE TEMP TABLE segment_refresh_members")) {
              const { rows } = await trx.raw(
                `EXPLAIN (ANALYZE, BUFFERS) ${text}`,
                params as Knex.RawBinding[]
              )
              explained = {
                text,
                params,
                plan: rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n"),
              }
              return []
            }
            if (/^\s*UPDATE customer_segment\s/.test(text)) {
              return []
            }
            const { rows } = await trx.raw(text, params as Knex.RawBinding[])
            return rows
          },
        }
        await refreshMembership(
          manager as unknown as Manager,
          id,
          { text: members.text, params: members.params },
          now
        )
        if (explained) {
          const { text, params, plan } = explained as {
            text: string
            params: unknown[]
            plan: string
          }
          results[key].refresh = {
            ...timings(plan),
            file: write("refresh", key, rules, text, params, plan),
          }
        }
      } finally {
        await trx.rollback()
      }
    }
  }
  writeFileSync(
    resultFile,
    JSON.stringify(
      process.env.BENCH_LABEL
        ? results
        : // Older callers (no BENCH_LABEL) read { key: preview plan }.
          Object.fromEntries(Object.entries(results).map(([key, plans]) => [key, plans.preview])),
      null,
      2
    )
  )
}
