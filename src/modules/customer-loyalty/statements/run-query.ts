import { Manager } from "../ledger/types"

/**
 * A statement with `?` placeholders and its values, built outside this
 * module: the plugin's reads that join Medusa's own tables (customers,
 * orders), which this module does not know. The text holds `?` where the
 * values go; MikroORM's `execute` writes them in as escaped literals.
 */
export type SqlQuery = { text: string; params: readonly unknown[] }

/** Runs a statement and returns its rows. */
export async function runQuery<T>(manager: Manager, query: SqlQuery): Promise<T[]> {
  return (await manager.execute(query.text, [...query.params])) as T[]
}

/** Only `SET LOCAL name = value`: a setting that ends with the transaction. */
const LOCAL_SETTING = /^SET LOCAL [a-z_]+ = [A-Za-z0-9_'.]+$/

/**
 * Runs `settings` (`SET LOCAL …` statements), then the statement, in the
 * transaction of `manager`; the settings end with it.
 */
export async function runQueryWithSettings<T>(
  manager: Manager,
  query: SqlQuery,
  settings: readonly string[]
): Promise<T[]> {
  for (const setting of settings) {
    if (!LOCAL_SETTING.test(setting)) {
      throw new Error(`Not a transaction-local setting: ${setting}`)
    }
    await manager.execute(setting)
  }
  return await runQuery<T>(manager, query)
}
