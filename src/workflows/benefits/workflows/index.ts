export * from "./benefits"
