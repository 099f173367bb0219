import { readdirSync } from "fs"
import path from "path"

/**
 * Medusa records the migrations it ran in one table for every module
 * (`mikro_orm_migrations`), by name only: a migration named like one of
 * another module's would be taken as already run and skipped.
 */
describe("module migrations", () => {
  it("have names unique across the plugin's modules", () => {
    const modules = path.join(__dirname, "..")
    const names = readdirSync(modules, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "__tests__")
      .flatMap((entry) => {
        const folder = path.join(modules, entry.name, "migrations")
        try {
          return readdirSync(folder).filter((file) => /^Migration\d+\.ts$/.test(file))
        } catch {
          return []
        }
      })
    expect(names.length).toBeGreaterThan(0)
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
  })
})
