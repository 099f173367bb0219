import type { FlagExpiryType } from "../constants"

/** How a flag's assignments expire, as the API speaks of it. */
export type FlagExpiry =
  | { type: "none" }
  | { type: "fixed_date"; date: string | Date }
  | { type: "days_after_assignment"; days: number }

type FlagExpiryColumns = {
  expiry_type: FlagExpiryType
  expiry_date: Date | null
  expiry_days: number | null
}

const DAY_MS = 24 * 60 * 60 * 1000

export function flagExpiryToColumns(expiry: FlagExpiry): FlagExpiryColumns {
  switch (expiry.type) {
    case "fixed_date":
      return {
        expiry_type: "fixed_date",
        expiry_date: new Date(expiry.date),
        expiry_days: null,
      }
    case "days_after_assignment":
      return {
        expiry_type: "days_after_assignment",
        expiry_date: null,
        expiry_days: expiry.days,
      }
    default:
      return { expiry_type: "none", expiry_date: null, expiry_days: null }
  }
}

export function flagExpiryFromColumns(flag: Partial<FlagExpiryColumns>): FlagExpiry {
  if (flag.expiry_type === "fixed_date" && flag.expiry_date) {
    return { type: "fixed_date", date: new Date(flag.expiry_date).toISOString() }
  }
  if (flag.expiry_type === "days_after_assignment" && flag.expiry_days != null) {
    return { type: "days_after_assignment", days: flag.expiry_days }
  }
  return { type: "none" }
}

/**
 * When an assignment made at `assignedAt` expires under the flag's rule.
 * A fixed date already in the past still applies: the expiry job ends the
 * assignment on its next run.
 */
export function assignmentExpiresAt(
  flag: Partial<FlagExpiryColumns>,
  assignedAt: Date
): Date | null {
  if (flag.expiry_type === "fixed_date" && flag.expiry_date) {
    return new Date(flag.expiry_date)
  }
  if (flag.expiry_type === "days_after_assignment" && flag.expiry_days != null) {
    return new Date(assignedAt.getTime() + flag.expiry_days * DAY_MS)
  }
  return null
}
