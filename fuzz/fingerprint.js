// @ts-check
"use strict"
/**
 * A cheap fingerprint of the plugin's tables — row count, newest
 * updated_at and deleted_at of each — to tell whether a request wrote.
 * The tables are the plugin's models (src/modules/*\/models) and the link
 * tables whose names contain one of them.
 */
const fs = require("node:fs")
const path = require("node:path")

/**
 * The table names of the plugin's models.
 * @param {string} root the repository
 * @returns {string[]}
 */
function modelTables(root) {
  const modulesDir = path.join(root, "src", "modules")
  /** @type {Set<string>} */
  const tables = new Set()
  for (const mod of fs.readdirSync(modulesDir)) {
    const modelsDir = path.join(modulesDir, mod, "models")
    if (!fs.existsSync(modelsDir)) continue
    for (const file of fs.readdirSync(modelsDir)) {
      const text = fs.readFileSync(path.join(modelsDir, file), "utf8")
      for (const match of text.matchAll(/\.define\(\s*["']([a-z0-9_]+)["']/g)) tables.add(match[1])
    }
  }
  return [...tables]
}

/** @typedef {Record<string, string>} Fingerprint table → "rows/newest update/newest deletion" */

/**
 * @param {import("pg").Client} client
 * @param {string} root the repository
 */
async function createFingerprint(client, root) {
  const models = modelTables(root)
  /** @type {import("pg").QueryResult<{ table_name: string, has_updated: boolean, has_deleted: boolean }>} */
  const { rows } = await client.query(
    `SELECT t.table_name,
            bool_or(c.column_name = 'updated_at') AS has_updated,
            bool_or(c.column_name = 'deleted_at') AS has_deleted
       FROM information_schema.tables t
       JOIN information_schema.columns c
         ON c.table_schema = t.table_schema AND c.table_name = t.table_name
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      GROUP BY t.table_name`
  )
  const tables = rows.filter(
    (row) =>
      models.includes(row.table_name) ||
      (row.table_name.includes("_") &&
        models.some((m) => row.table_name.includes(m) && row.table_name !== m))
  )
  const parts = tables.map((t) => {
    const name = client.escapeIdentifier(t.table_name)
    const updated = t.has_updated ? "max(updated_at)::text" : "''"
    const deleted = t.has_deleted ? "max(deleted_at)::text" : "''"
    return `SELECT ${client.escapeLiteral(t.table_name)} AS t, count(*) || '/' || COALESCE(${updated}, '') || '/' || COALESCE(${deleted}, '') AS f FROM ${name}`
  })
  const sql = parts.join("\nUNION ALL\n")
  return {
    tables: tables.map((t) => t.table_name).sort(),
    /**
     * table → "rows/newest update/newest deletion"
     * @returns {Promise<Fingerprint>}
     */
    async take() {
      /** @type {import("pg").QueryResult<{ t: string, f: string }>} */
      const result = await client.query(sql)
      return Object.fromEntries(result.rows.map((r) => [r.t, r.f]))
    },
  }
}

/**
 * The tables whose fingerprint differs.
 * @param {Fingerprint} before
 * @param {Fingerprint} after
 */
const changedTables = (before, after) => Object.keys(after).filter((t) => before[t] !== after[t])

module.exports = { createFingerprint, changedTables }
