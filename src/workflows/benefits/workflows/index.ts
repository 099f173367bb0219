export * from "./benefits"
export * from "./delete-owned-benefits"
export * from "./benefit-usage"
export * from "./set-product-sale-start"
