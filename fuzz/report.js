// @ts-check
"use strict"
/** The fuzz run's counts (route × actor × status class) and its failures. */

const ACTORS = ["admin", "shopperA", "shopperB", "anonymous"]
const CLASSES = ["2xx", "3xx", "4xx", "5xx", "no answer"]

/**
 * @param {unknown} text
 * @param {number} [max]
 */
const shorten = (text, max = 300) => {
  const flat = String(text ?? "").replace(/\s+/g, " ")
  return flat.length > max ? `${flat.slice(0, max)}… (${flat.length} chars)` : flat
}

/**
 * What went wrong with one request.
 * @typedef {object} Failure
 * @property {string} kind
 * @property {string} [detail]
 * @property {Pick<import("./requests").FuzzRequest, "method" | "path" | "actor"> & Partial<import("./requests").FuzzRequest>} request
 * @property {{ status: number, text: string }} response
 */

/**
 * @param {object} run
 * @param {Map<string, Map<string, number>>} run.counts route → "actor|status class" → requests
 * @param {Failure[]} run.failures
 * @param {Map<string, number>} run.noise table → changes that did not come back
 * @param {{ writes: number, writesThatWrote: number, ownMemberNumber: number }} run.seen
 * @param {number} run.sent
 * @param {number} run.seconds
 * @param {number} run.seed
 */
function printReport({ counts, failures, noise, seen, sent, seconds, seed }) {
  const byActor = Object.fromEntries(
    ACTORS.map((a) => [a, Object.fromEntries(CLASSES.map((c) => [c, 0]))])
  )
  /** @type {string[]} */
  const lines = []
  const width = Math.max(...[...counts.keys()].map((k) => k.length), 10)
  lines.push(`${"route".padEnd(width)}  ${ACTORS.map((a) => a.padStart(20)).join("")}`)
  for (const key of [...counts.keys()].sort(
    (a, b) => a.split(" ")[1].localeCompare(b.split(" ")[1]) || a.localeCompare(b)
  )) {
    const row = /** @type {Map<string, number>} */ (counts.get(key))
    const cells = ACTORS.map((actor) => {
      const parts = CLASSES.flatMap((c) => {
        const n = row.get(`${actor}|${c}`) ?? 0
        byActor[actor][c] += n
        return n ? [`${n}×${c.replace("no answer", "—")}`] : []
      })
      return parts.join(" ").padStart(20)
    })
    lines.push(`${key.padEnd(width)}  ${cells.join("")}`)
  }
  console.log("\n[fuzz] Requests per route, actor and status class")
  console.log(lines.join("\n"))

  console.log("\n[fuzz] Totals per actor")
  for (const actor of ACTORS) {
    const total = CLASSES.reduce((n, c) => n + byActor[actor][c], 0)
    console.log(
      `  ${actor.padEnd(10)} ${String(total).padStart(6)}  ${CLASSES.map((c) => `${c} ${byActor[actor][c]}`).join(", ")}`
    )
  }
  const all = Object.fromEntries(
    CLASSES.map((c) => [c, ACTORS.reduce((n, a) => n + byActor[a][c], 0)])
  )
  console.log(
    `  ${"all".padEnd(10)} ${String(sent).padStart(6)}  ${CLASSES.map((c) => `${c} ${all[c]}`).join(", ")}`
  )
  console.log(
    `  ${sent} requests in ${seconds.toFixed(0)} s (${(sent / seconds).toFixed(1)} per second), seed ${seed}`
  )
  console.log(
    `  Checks at work: ${seen.writesThatWrote} of ${seen.writes} write requests answered 2xx changed the plugin's tables; ` +
      `${seen.ownMemberNumber} store answers held the asking shopper's own member number`
  )
  if (noise.size) {
    console.log(
      `  Changes seen beside a refused request that did not come back when it was sent again (a job or an earlier request's subscriber): ` +
        [...noise].map(([table, n]) => `${table} ×${n}`).join(", ")
    )
  }

  /** @type {Map<string, Failure[]>} */
  const kinds = new Map()
  for (const failure of failures) {
    const key = `${failure.kind}: ${failure.request.method} ${failure.request.route ?? failure.request.path}`
    kinds.set(key, [...(kinds.get(key) ?? []), failure])
  }
  console.log(`\n[fuzz] Failures: ${failures.length}`)
  for (const [key, list] of kinds) {
    console.log(`  ${list.length} × ${key}`)
    for (const failure of list.slice(0, 3)) {
      const { request, response } = failure
      console.log(
        `      as ${request.actor}: ${request.method} ${shorten(request.path + (request.query ? `?${request.query}` : ""), 200)}`
      )
      if (request.body)
        console.log(`        body (${request.body.type}): ${shorten(request.body.text, 200)}`)
      if (failure.detail) console.log(`        ${failure.detail}`)
      console.log(`        answer ${response.status}: ${shorten(response.text, 200)}`)
    }
  }
  console.log(
    failures.length ? "\n[fuzz] FAILED" : "\n[fuzz] OK: no 5xx, no write without a 2xx, no leak"
  )
}

module.exports = { printReport }
