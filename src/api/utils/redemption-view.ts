import type { LoyaltyRewardKind } from "../../modules/customer-loyalty/constants"
import type { Served, StoreLoyaltyRedemption } from "../../types/http"

/** What the redemption workflow returns, as far as the routes answer it. */
type Redemption = {
  id: string
  reward_id: string
  points: number
  kind: LoyaltyRewardKind
  amount: unknown
  currency_code: string
  code?: string | null
  gift_card_id?: string | null
  store_credit_account_id?: string | null
  created_at: Date | string
}

/** A redemption just made, as the store and admin redemption routes answer it. */
export const redemptionView = (redemption: Redemption): Served<StoreLoyaltyRedemption> => ({
  id: redemption.id,
  reward_id: redemption.reward_id,
  points: redemption.points,
  kind: redemption.kind,
  amount: Number(redemption.amount),
  currency_code: redemption.currency_code,
  code: redemption.code ?? null,
  gift_card_id: redemption.gift_card_id ?? null,
  store_credit_account_id: redemption.store_credit_account_id ?? null,
  created_at: redemption.created_at,
})
