/** A BCP 47 tag in its canonical form (`sv-se` → `sv-SE`), or null when it is not one. */
export function canonicalLocale(value: unknown): string | null {
  if (typeof value !== "string" || !value.trim() || value.length > 35) {
    return null
  }
  try {
    return Intl.getCanonicalLocales(value.trim())[0] ?? null
  } catch {
    return null
  }
}

/**
 * The locales to look for a message in, best first: the customer's own
 * (`sv-SE`), its language (`sv`), then the store's default.
 */
export function localeCandidates(customerLocale: unknown, defaultLocale: string): string[] {
  const own = canonicalLocale(customerLocale)
  const candidates = own ? [own, own.split("-")[0]] : []
  candidates.push(canonicalLocale(defaultLocale) ?? "en")
  return [...new Set(candidates)]
}
