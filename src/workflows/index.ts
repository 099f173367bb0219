export * from "./customer-flags"
export * from "./loyalty"
