// @ts-check
"use strict"
/**
 * Loading many rows fast: the tables' secondary indexes and foreign keys
 * are dropped before the load and made again after it, once, from sorted
 * data (far cheaper than keeping a dozen B-trees up to date row by row).
 * Primary keys stay: the generator inserts in id order, so they only grow
 * at their right edge. The definitions are read from the catalog, so an
 * index a newer migration adds is dropped and rebuilt like the others.
 */

/** @typedef {{ table_name: string, name: string, definition: string }} Definition */
/** @typedef {{ indexes: Definition[], foreignKeys: Definition[] }} DroppedIndexes */

/**
 * Reads the secondary indexes (not backing a constraint) and the foreign
 * keys of `tables`, then drops them. Returns what `rebuild` needs.
 * @param {import("pg").Client} client
 * @param {string[]} tables
 * @returns {Promise<DroppedIndexes>}
 */
async function dropSecondaryIndexes(client, tables) {
  const { rows: indexes } = await client.query(
    `SELECT i.indrelid::regclass::text AS table_name,
            i.indexrelid::regclass::text AS name,
            pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY 1, 2`,
    [tables]
  )
  const { rows: foreignKeys } = await client.query(
    `SELECT conrelid::regclass::text AS table_name, conname AS name,
            pg_get_constraintdef(oid) AS definition
       FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY($1::regclass[])
      ORDER BY 1, 2`,
    [tables]
  )
  for (const key of foreignKeys) {
    await client.query(
      `ALTER TABLE ${key.table_name} DROP CONSTRAINT ${client.escapeIdentifier(key.name)}`
    )
  }
  for (const index of indexes) {
    await client.query(`DROP INDEX ${index.name}`)
  }
  return { indexes, foreignKeys }
}

/**
 * Makes the dropped indexes again, then the foreign keys (each checked in
 * one pass over its table). `log` gets the seconds of each.
 * @param {import("pg").Client} client
 * @param {DroppedIndexes} dropped
 * @param {(message: string) => void} [log]
 */
async function rebuildSecondaryIndexes(client, { indexes, foreignKeys }, log = () => {}) {
  /** @type {{ what: string, seconds: number }[]} */
  const seconds = []
  /** @type {(label: string, sql: string) => Promise<void>} */
  const run = async (label, sql) => {
    const started = process.hrtime.bigint()
    await client.query(sql)
    const took = Number(process.hrtime.bigint() - started) / 1e9
    seconds.push({ what: label, seconds: took })
    log(`    ${label}: ${took.toFixed(1)} s`)
  }
  for (const index of indexes) {
    await run(`index ${index.name}`, index.definition)
  }
  for (const key of foreignKeys) {
    await run(
      `foreign key ${key.table_name}.${key.name}`,
      `ALTER TABLE ${key.table_name} ADD CONSTRAINT ${client.escapeIdentifier(key.name)} ${key.definition}`
    )
  }
  return seconds
}

module.exports = { dropSecondaryIndexes, rebuildSecondaryIndexes }
