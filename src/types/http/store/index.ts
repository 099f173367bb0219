// The store API's types: plain TypeScript, shipped to storefronts by the client.
export type {
  LoyaltyAccountStatus,
  LoyaltyEntryStatus,
  LoyaltyEntryType,
  LoyaltyRewardKind,
  LoyaltyTierBasis,
  BenefitDiscountType,
  BenefitKind,
  BenefitQuantityScope,
} from "../../../modules/customer-loyalty/constants"
export type * from "./common"
export type * from "./loyalty"
export type * from "./offers"
export type * from "./cart"
