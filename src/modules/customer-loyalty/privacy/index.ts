export * from "./forget"
export * from "./plan"
export type { ForgottenRows, SavedRow } from "./rows"
