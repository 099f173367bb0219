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

