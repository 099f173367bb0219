export * from "./customer-flag"
export * from "./customer-flag-assignment"
