// @ts-check
"use strict"
/**
 * The plugin's HTTP routes, read from src/api/**\/route.ts: the path (with
 * `[id]` folders as `:id`) and every method the file exports. Medusa's own
 * /store/products routes are added: the plugin's early-access middleware
 * runs on them.
 */
const fs = require("node:fs")
const path = require("node:path")

const METHOD_EXPORT =
  /export\s+(?:const|let|var|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g

/**
 * One route of the plugin (or Medusa's, `medusa`): its path pattern, the
 * methods its file exports, and the file.
 * @typedef {{ pattern: string, methods: string[], file: string, medusa?: boolean }} Route
 */

/**
 * @param {string} dir
 * @returns {string[]}
 */
function routeFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : routeFiles(full)
    return entry.name === "route.ts" ? [full] : []
  })
}

/**
 * @param {string} root the repository
 * @returns {Route[]}
 */
function pluginRoutes(root) {
  const apiDir = path.join(root, "src", "api")
  /** @type {Route[]} */
  const routes = routeFiles(apiDir).map((file) => {
    const relative = path.relative(apiDir, path.dirname(file)).split(path.sep)
    const pattern = "/" + relative.map((part) => part.replace(/^\[(.+)\]$/, ":$1")).join("/")
    const methods = [
      ...new Set([...fs.readFileSync(file, "utf8").matchAll(METHOD_EXPORT)].map((m) => m[1])),
    ]
    return { pattern, methods, file: path.relative(root, file) }
  })
  routes.push(
    {
      pattern: "/store/products",
      methods: ["GET"],
      file: "(Medusa, with the plugin's middleware)",
      medusa: true,
    },
    {
      pattern: "/store/products/:id",
      methods: ["GET"],
      file: "(Medusa, with the plugin's middleware)",
      medusa: true,
    }
  )
  return routes
    .filter((route) => route.methods.length)
    .sort((a, b) => a.pattern.localeCompare(b.pattern))
}

/**
 * What an `:id` names, from the folder before it.
 * @type {Record<string, string>}
 */
const PARAM_KINDS = {
  "customer-flags": "flag",
  customers: "customer",
  flags: "flag",
  notes: "note",
  accounts: "account",
  "earn-rules": "earn_rule",
  tiers: "tier",
  rewards: "reward",
  segments: "segment",
  benefits: "benefit",
  products: "product",
  carts: "cart",
}

/**
 * The parameters of a path pattern, each with the kind of id it takes.
 * @param {string} pattern
 * @returns {{ name: string, kind: string }[]}
 */
function paramKinds(pattern) {
  const parts = pattern.split("/")
  return parts.flatMap((part, i) =>
    part.startsWith(":")
      ? [{ name: part.slice(1), kind: PARAM_KINDS[parts[i - 1]] ?? "unknown" }]
      : []
  )
}

module.exports = { pluginRoutes, paramKinds }
