export * from "./customer-flags"
export * from "./loyalty"
export * from "./loyalty-config"
export * from "./segments"
