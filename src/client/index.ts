export { createLoyaltyClient } from "./loyalty-client"
export type { LoyaltyClient } from "./loyalty-client"
export type * from "./types"
