export * from "./customer-b2b-profile"
export * from "./customer-note"
export * from "./customer-sales-stats"
