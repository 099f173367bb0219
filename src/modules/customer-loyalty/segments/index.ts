export * from "./refresh-membership"
