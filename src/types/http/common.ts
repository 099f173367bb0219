import type { DeleteResponse, PaginatedResponse } from "@medusajs/framework/types"

export type { DeleteResponse, PaginatedResponse }

/**
 * A value as it arrives in JSON: a date is its ISO 8601 string. Used on the
 * module's model types (`InferTypeOf`), whose dates are `Date` on the server.
 */
export type Serialized<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Serialized<U>[]
    : T extends object
      ? { [K in keyof T]: Serialized<T[K]> }
      : T

/** A model row as the API answers it: without the `raw_…` twins of its big numbers. */
export type ModelResponse<T> = Serialized<{
  [K in keyof T as K extends `raw_${string}` ? never : K]: T[K]
}>

export type { ExportFormat } from "../../utils/export-formats"

/**
 * What a route handler may pass to `res.json` for the response type `T`
 * (server side only): `T`, where any plain string may still be a `Date`.
 * The response types say what arrives (dates as ISO strings); the handlers
 * hold the `Date`s the database and `query.graph` give, and `res.json`
 * writes each as `toJSON()` does, the ISO string. Typing the handler
 * `MedusaResponse<Served<T>>` states both without a conversion in each
 * route; string unions (statuses, kinds) stay exact.
 */
export type Served<T> = T extends string
  ? string extends T
    ? T | Date
    : T
  : T extends readonly (infer U)[]
    ? Served<U>[]
    : T extends object
      ? { [K in keyof T]: Served<T[K]> }
      : T
