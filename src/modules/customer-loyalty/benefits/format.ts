/** `2026-12-01 10:00 UTC`: unambiguous for a shopper in any timezone. */
export function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`
}
