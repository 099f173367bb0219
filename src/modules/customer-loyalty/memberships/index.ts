export * from "./remove-member"
export * from "./set-identifier"
