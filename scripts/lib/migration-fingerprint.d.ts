// Types of migration-fingerprint.js for the TypeScript that imports it
// (integration-tests/helpers/http-database-template.ts); the JavaScript
// itself is checked with tsconfig.scripts.json.

/**
 * What `medusa db:migrate` depends on: the module migrations, the links, the
 * config and the installed packages, as a SHA-1 in hex.
 */
export function migrationFingerprint(): string
