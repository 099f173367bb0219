/*
 * Points typed by staff, in their own locale: "1,250" (en), "1 250" (sv),
 * "1.250" (de), with "-" or "−" in front to deduct. Read back to an integer
 * and shown again with the locale's grouping once the field is left.
 */

const separators = (locale?: string) => {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6)
  return {
    group: parts.find((part) => part.type === "group")?.value ?? ",",
    decimal: parts.find((part) => part.type === "decimal")?.value ?? ".",
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * The number typed, or null when it is not one. Group separators (and any
 * kind of space) are dropped; the locale's decimal separator is read as one,
 * so "1,5" in Swedish is 1.5 (and then refused as not whole by the caller).
 */
export const parsePointsInput = (text: string, locale?: string): number | null => {
  const { group, decimal } = separators(locale)
  const cleaned = text
    .trim()
    .replace(/^[\u2212\u2013]/, "-")
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(new RegExp(escape(group), "g"), "")
    .replace(decimal, ".")
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) {
    return null
  }
  const value = Number(cleaned)
  return Number.isFinite(value) ? value : null
}

/** The typed value in the locale's grouping ("-1250" → "-1,250"); left alone if it is no number. */
export const formatPointsInput = (text: string, locale?: string) => {
  const value = parsePointsInput(text, locale)
  return value === null
    ? text
    : new Intl.NumberFormat(locale, { maximumFractionDigits: 20 })
        .format(value)
        .replace("\u2212", "-")
}

/** What the form's button does with the value typed: deducting is named as such. */
export const adjustmentVerb = (value: number | null): "Add points" | "Deduct points" =>
  value !== null && value < 0 ? "Deduct points" : "Add points"
