export * from "./rebuild-customer-sales-stats"
export * from "./refresh-customer-sales-stats"
