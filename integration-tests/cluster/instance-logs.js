// @ts-check
/**
 * What the instances' logs say: how many times an event was taken off the
 * queue, and each run of the pending-points job with the tick it ran for.
 */
"use strict"

const fs = require("node:fs")

// Medusa's logger colours the level; strip the escapes before matching.
// eslint-disable-next-line no-control-regex -- the escapes that colour a log line
const COLOUR_ESCAPES = /\x1b\[[0-9;]*m/g

/** @param {string} file */
const read = (file) =>
  fs.existsSync(file) ? fs.readFileSync(file, "utf8").replace(COLOUR_ESCAPES, "") : ""

/**
 * Times `event` was started by the event bus worker ("Processing order.placed …").
 * @param {string} file
 * @param {string} event
 */
function eventsProcessed(file, event) {
  const pattern = new RegExp(`Processing ${event.replace(/\./g, "\\.")}\\b`, "g")
  return (read(file).match(pattern) ?? []).length
}

/**
 * The runs of the release-pending-points job: `[{ released, tick }]`.
 * @param {string} file
 */
function releaseJobRuns(file) {
  const pattern =
    /customer-loyalty: released (\d+) pending point lot\(s\) \(run scheduled for (\S+)\)/g
  return [...read(file).matchAll(pattern)].map((m) => ({ released: Number(m[1]), tick: m[2] }))
}

module.exports = { eventsProcessed, releaseJobRuns }
