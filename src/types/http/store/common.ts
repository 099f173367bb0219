/**
 * The shapes the plugin's store routes answer with, read by the routes and
 * published by the store client (\`medusa-plugin-customer-loyalty/client\`).
 * Plain types only: this folder is shipped to storefronts, so it imports
 * nothing but other plain files (no framework, no zod).
 */

/** Dates arrive as ISO 8601 strings. */
export type IsoDate = string
