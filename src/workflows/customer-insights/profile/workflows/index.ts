export * from "./upsert-customer-business-profile"
