export * from "./types"
export * from "./upsert-business-profile"
export * from "./validate-business-profile"
export * from "./validate-customer-exists"
