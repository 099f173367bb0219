export * from "./benefit-steps"
export * from "./benefit-promotion-steps"
export * from "./benefit-usage-steps"
export * from "./sale-start-steps"
