export * from "./flag-expiry"
