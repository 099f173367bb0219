let iconNames: Set<string> | undefined

/**
 * The icon names flags may use: the exports of `@medusajs/icons`, which the
 * admin renders. Read once, on first use.
 */
export function isKnownIconName(name: string): boolean {
  if (!iconNames) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const icons = require("@medusajs/icons") as Record<string, unknown>
    iconNames = new Set(Object.keys(icons).filter((key) => /^[A-Z]/.test(key)))
  }
  return iconNames.has(name)
}
