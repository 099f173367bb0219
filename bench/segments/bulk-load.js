// @ts-check
"use strict"
/**
 * A bulk load without secondary indexes and foreign keys: PostgreSQL then
 * writes only the heap (and primary keys) during the load and builds each
 * index once, sorted, afterwards — several times faster at millions of
 * rows than keeping a dozen B-trees up to date row by row.
 */

/** The tables the generator fills in bulk. */
const BULK_TABLES = [
  "customer",
  "order",
  "order_summary",
  "order_line_item",
  "order_item",
  "customer_group_customer",
  "customer_flag_assignment",
  "loyalty_account",
  "loyalty_account_member",
]
/** The order facts, written by the rebuild after the load. */
const FACT_TABLES = ["customer_order_fact", "customer_order_line_fact"]

/** @typedef {{ table_name: string, name: string, definition: string }} IndexDefinition */
/** @typedef {IndexDefinition & { table_ref: string }} ForeignKeyDefinition */
/** @typedef {{ indexes: IndexDefinition[], foreignKeys: ForeignKeyDefinition[] }} SavedIndexes */

/**
 * Drops the secondary indexes of `tables` (those behind no constraint) and
 * the foreign keys from or to them; returns their definitions for
 * restoreIndexes.
 * @param {import("pg").Client} client
 * @param {string[]} tables
 * @returns {Promise<SavedIndexes>}
 */
async function dropSecondaryIndexes(client, tables) {
  const { rows: foreignKeys } = await client.query(
    `SELECT c.conrelid::regclass::text AS table_ref, (SELECT relname FROM pg_class WHERE oid = c.conrelid) AS table_name, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
      WHERE c.contype = 'f'
        AND (c.conrelid IN (SELECT oid FROM pg_class WHERE relname = ANY($1) AND relnamespace = 'public'::regnamespace)
          OR c.confrelid IN (SELECT oid FROM pg_class WHERE relname = ANY($1) AND relnamespace = 'public'::regnamespace))`,
    [tables]
  )
  const { rows: indexes } = await client.query(
    `SELECT t.relname AS table_name, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables]
  )
  for (const fk of foreignKeys) {
    await client.query(`ALTER TABLE ${fk.table_ref} DROP CONSTRAINT "${fk.name}"`)
  }
  for (const index of indexes) {
    await client.query(`DROP INDEX ${index.name}`)
  }
  return { indexes, foreignKeys }
}

/**
 * The part of `saved` on `tables`.
 * @param {SavedIndexes} saved
 * @param {string[]} tables
 * @returns {SavedIndexes}
 */
const onTables = (saved, tables) => ({
  indexes: saved.indexes.filter((i) => tables.includes(i.table_name)),
  foreignKeys: saved.foreignKeys.filter((f) => tables.includes(f.table_name)),
})

/**
 * Builds the indexes and foreign keys dropSecondaryIndexes dropped, each timed by `step`.
 * @param {(label: string, sql: string) => Promise<unknown>} step
 * @param {SavedIndexes} saved
 */
async function restoreIndexes(step, saved) {
  for (const index of saved.indexes) {
    await step(`index ${index.name}`, index.definition)
  }
  for (const fk of saved.foreignKeys) {
    await step(
      `foreign key ${fk.name}`,
      `ALTER TABLE ${fk.table_ref} ADD CONSTRAINT "${fk.name}" ${fk.definition}`
    )
  }
}

module.exports = { BULK_TABLES, FACT_TABLES, dropSecondaryIndexes, restoreIndexes, onTables }
