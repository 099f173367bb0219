export * from "./find-sales-stats-customers"
export * from "./insights-service"
export * from "./rebuild-customer-sales-stats"
export * from "./refresh-customer-sales-stats"
