/**
 * The rows of a `query.graph` answer, read as the fields the caller asked
 * for. Medusa's generated query types (`.medusa/types`, written by
 * `medusa develop` and absent from a fresh clone) type JSON columns as
 * `Record<string, unknown>` and line items' numbers as their own scalars;
 * without them the rows are `any`. Either way the caller names its row
 * type once, here, instead of a cast at every use.
 */
export const graphRows = <Row>(rows: readonly unknown[]): Row[] => rows as Row[]
