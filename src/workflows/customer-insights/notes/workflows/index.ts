export * from "./create-customer-note"
export * from "./delete-customer-note"
export * from "./update-customer-note"
