/**
 * The module's enumerations. This file imports nothing, so the admin can
 * read the same lists as the models and validators.
 */

export const RISK_RATINGS = ["low", "medium", "high"] as const
export type RiskRating = (typeof RISK_RATINGS)[number]
