export * from "./fact-rows"
export * from "./order-tables"
