export * from "./account-view"
