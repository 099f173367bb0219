export * from "./benefit-steps"
