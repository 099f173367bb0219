export * from "./calculate-points"
export * from "./schedule"
