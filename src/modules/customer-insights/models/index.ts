export * from "./customer-business-profile"
export * from "./customer-note"
export * from "./customer-sales-stats"
