export * from "./customer-flags"
