// @ts-check
"use strict"
/**
 * What the HTTP measurements ask for, read from the bench database: report
 * cursors at random rows of the whole ledger (and of a filter), existing
 * member numbers, customer ids, and the ledger's first and last day for
 * random date ranges.
 *
 * Cursors are made the way the API makes them (src/api/utils/list-cursor.ts:
 * base64url of `created_at` to the microsecond, `|`, id) from rows drawn
 * with `TABLESAMPLE BERNOULLI`: every row equally likely, so the pages
 * asked for are spread over the whole ledger, as a staff member jumping
 * anywhere (or a crawler walking `next_cursor` from anywhere) would ask.
 */

const DAY = 24 * 60 * 60 * 1000
const POSITION = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || id`

/** @param {string} position */
const encodeCursor = (position) => Buffer.from(position).toString("base64url")
/** A whole number from 0 to `max` - 1. @param {number} max */
const randomInt = (max) => Math.floor(Math.random() * max)
/**
 * @template T
 * @param {readonly T[]} list
 * @returns {T}
 */
const pick = (list) => list[randomInt(list.length)]
/** @param {number} n */
const benchCustomerId = (n) => `cus_01BENCH${String(n).padStart(19, "0")}`
/** @param {number} n */
const benchAccountId = (n) => `lacc_01BENCH${String(n).padStart(19, "0")}`
/** @param {Date} date */
const isoDay = (date) => date.toISOString().slice(0, 10)

/**
 * @template T
 * @param {T[]} list
 * @returns {T[]}
 */
function shuffled(list) {
  const copy = [...list]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/**
 * One pass over the ledger: `wanted` rows drawn at random, with their
 * cursor position, type and date. Returns cursors anywhere, and cursors
 * inside `type=earn&from=<since>`.
 * @param {import("pg").Client} client
 * @param {{ total: number, since: string, wanted?: number, keep?: number }} options
 */
async function sampleCursors(client, { total, since, wanted = 20_000, keep = 500 }) {
  const percent = Math.min(100, (100 * wanted) / Math.max(1, total))
  /** @type {import("pg").QueryResult<{ position: string, type: string, recent: boolean }>} */
  const { rows } = await client.query(
    `SELECT ${POSITION} AS position, type, created_at >= $2::timestamptz AS recent
       FROM loyalty_entry TABLESAMPLE BERNOULLI ($1)
      WHERE deleted_at IS NULL`,
    [percent, since]
  )
  return {
    anywhere: shuffled(rows)
      .slice(0, keep)
      .map((row) => encodeCursor(row.position)),
    earnSince: shuffled(rows.filter((row) => row.type === "earn" && row.recent))
      .slice(0, keep)
      .map((row) => encodeCursor(row.position)),
    sampled: rows.length,
  }
}

/**
 * Member numbers of random bench accounts.
 * @param {import("pg").Client} client
 * @param {number} customers how many bench customers there are
 * @param {number} [count]
 * @returns {Promise<string[]>}
 */
async function sampleMemberNumbers(client, customers, count = 500) {
  const ids = Array.from({ length: count }, () => benchAccountId(1 + randomInt(customers)))
  const { rows } = await client.query(
    `SELECT member_number FROM loyalty_account WHERE id = ANY($1::text[]) AND deleted_at IS NULL`,
    [ids]
  )
  return rows.map((row) => row.member_number)
}

/** @typedef {{ first: Date, last: Date }} LedgerSpan */

/**
 * The ledger's first and last entry (the partial (created_at, id) index answers).
 * @param {import("pg").Client} client
 * @returns {Promise<LedgerSpan>}
 */
async function ledgerSpan(client) {
  const { rows } = await client.query(
    `SELECT (SELECT min(created_at) FROM loyalty_entry WHERE deleted_at IS NULL) AS first,
            (SELECT max(created_at) FROM loyalty_entry WHERE deleted_at IS NULL) AS last`
  )
  return { first: new Date(rows[0].first), last: new Date(rows[0].last) }
}

/**
 * A range of whole days inside the ledger: any start, any length up to the end.
 * @param {LedgerSpan} span
 */
function randomRange({ first, last }) {
  const days = Math.max(1, Math.floor((last.getTime() - first.getTime()) / DAY))
  const start = randomInt(days + 1)
  const length = randomInt(days - start + 1)
  const from = new Date(first.getTime() + start * DAY)
  return { from: isoDay(from), to: isoDay(new Date(from.getTime() + length * DAY)) }
}

/**
 * 52 weeks (364 days) ending on a random day from a year after the first entry on.
 * @param {LedgerSpan} span
 */
function randomYear({ first, last }) {
  const latestEnd = last.getTime()
  const earliestEnd = Math.min(latestEnd, first.getTime() + 363 * DAY)
  const end = new Date(earliestEnd + Math.random() * (latestEnd - earliestEnd))
  return { from: isoDay(new Date(end.getTime() - 363 * DAY)), to: isoDay(end) }
}

module.exports = {
  sampleCursors,
  sampleMemberNumbers,
  ledgerSpan,
  randomRange,
  randomYear,
  benchCustomerId,
  randomInt,
  pick,
  isoDay,
}
