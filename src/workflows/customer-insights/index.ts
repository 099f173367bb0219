export * from "./notes"
export * from "./privacy"
export * from "./profile"
export * from "./sales-stats"
