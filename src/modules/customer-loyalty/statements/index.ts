export * from "./run-query"
export * from "./copy-export"
