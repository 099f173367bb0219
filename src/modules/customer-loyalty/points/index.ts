export * from "./calculate-points"
