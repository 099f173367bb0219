/**
 * The shapes the plugin's store routes answer with. Types only: this file is
 * bundled into storefronts, so it (and what it re-exports, src/types/http/store)
 * imports nothing from the server side.
 */
export type * from "../types/http/store"
