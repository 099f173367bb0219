export * from "./forget-customer"
