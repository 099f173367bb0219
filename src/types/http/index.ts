/**
 * The plugin's HTTP types, as Medusa's `@medusajs/types` http folder names
 * them: `Admin…Response`, `AdminCreate…`, `Store…`. Request bodies and
 * queries are the route validators' input types; responses are built on the
 * module's models where they answer a row, written out where they answer a
 * computed shape. The store types (./store) are plain TypeScript, as the
 * store client ships them to storefronts.
 */
export type * from "./common"
export type * from "./flags"
export type * from "./segments"
export type * from "./loyalty"
export type * from "./benefits"
export type * from "./customers"
export type * from "./messages"
export type * from "./requests"
export type * from "./store"
