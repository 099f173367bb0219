export * from "./types"
export * from "./sales"
export * from "./overview"
export * from "./summary"
