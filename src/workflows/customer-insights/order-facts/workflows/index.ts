export * from "./rebuild-order-facts"
export * from "./refresh-order-facts"
