export * from "./locale"
export * from "./render"
export * from "./variables"
