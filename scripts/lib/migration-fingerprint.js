// @ts-check
"use strict"
const crypto = require("node:crypto")
const fs = require("node:fs")
const path = require("node:path")

const ROOT = path.resolve(__dirname, "..", "..")

/**
 * What `medusa db:migrate` depends on: the module migrations, the links, the
 * config and the installed packages. Used to skip a migration whose result is
 * already there (the demo's database, the HTTP tests' template database).
 * (Its declaration for TypeScript is migration-fingerprint.d.ts.)
 * @returns {string}
 */
function migrationFingerprint() {
  /** @type {(dir: string) => string[]} */
  const walk = (dir) =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
          const full = path.join(dir, entry.name)
          return entry.isDirectory() ? walk(full) : [full]
        })
      : []
  const files = [
    ...walk(path.join(ROOT, "src", "modules")).filter((file) =>
      file.includes(`${path.sep}migrations${path.sep}`)
    ),
    ...walk(path.join(ROOT, "src", "links")),
    path.join(ROOT, "medusa-config.ts"),
    path.join(ROOT, "node_modules", ".package-lock.json"),
  ].filter((file) => fs.existsSync(file))
  const hash = crypto.createHash("sha1")
  for (const file of files.sort()) {
    const { size, mtimeMs } = fs.statSync(file)
    hash.update(`${path.relative(ROOT, file)} ${size} ${mtimeMs}\n`)
  }
  return hash.digest("hex")
}

module.exports = { migrationFingerprint }
