import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Client } from "pg"

// COPY takes no bind parameters, and the export's values (search text,
// dates, ids) must never be pasted into SQL. So each value is handed to
// PostgreSQL bound, as a transaction-local setting (`set_config(…, $1,
// true)`), and the statement reads it back with `current_setting(…)`, cast
// to the type PostgreSQL itself infers for that parameter. The values
// travel exactly as they would as bind parameters: as text that the
// type's input function reads.

const SETTING = "loyalty_export.p"
const PROBE = "loyalty_export_parameter_types"

/**
 * The type PostgreSQL infers for each `$n` of a statement (as the catalog
 * names it, e.g. `timestamp with time zone`), from a prepared statement
 * that is dropped at once.
 */
async function parameterTypes(connection: Client, nativeSql: string): Promise<string[]> {
  await connection.query(`PREPARE ${PROBE} AS ${nativeSql}`)
  try {
    const { rows } = await connection.query(
      "SELECT parameter_types::text[] AS types FROM pg_prepared_statements WHERE name = $1",
      [PROBE]
    )
    return rows[0].types
  } finally {
    await connection.query(`DEALLOCATE ${PROBE}`)
  }
}

/**
 * The statement (`?` placeholders) with its values
 * bound as settings of the current transaction on `connection`, ready to
 * go inside `COPY (…)`: each `?` becomes `current_setting('…')::type`, or
 * `NULL::type` for a null value.
 */
export async function bindForCopy(
  knex: Knex,
  connection: Client,
  sql: string,
  bindings: readonly unknown[]
): Promise<string> {
  if (!bindings.length) {
    return knex.raw(sql).toSQL().sql
  }
  const native = knex
    .raw(sql, bindings as Knex.RawBinding[])
    .toSQL()
    .toNative()
  const types = await parameterTypes(connection, native.sql)
  if (types.length !== bindings.length) {
    throw new Error(
      `The export's statement has ${types.length} parameters for ${bindings.length} values`
    )
  }
  const setters: string[] = []
  const values: unknown[] = []
  bindings.forEach((value, index) => {
    if (value !== null && value !== undefined) {
      values.push(value)
      setters.push(`set_config('${SETTING}${index + 1}', $${values.length}, true)`)
    }
  })
  if (setters.length) {
    await connection.query(`SELECT ${setters.join(", ")}`, values)
  }
  const readers = bindings.map((value, index) =>
    knex.raw(
      value === null || value === undefined
        ? `(NULL::${types[index]})`
        : `(current_setting('${SETTING}${index + 1}')::${types[index]})`
    )
  )
  return knex.raw(sql, readers).toSQL().sql
}
