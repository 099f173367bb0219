import { model } from "@medusajs/framework/utils"
import { REWARD_KINDS } from "../constants"

/** A reward a member took, and what it yielded (a code, a gift card, credit). */
export const LoyaltyRedemption = model
  .define("loyalty_redemption", {
    id: model.id({ prefix: "lred" }).primaryKey(),
    account_id: model.text(),
    customer_id: model.text(),
    reward_id: model.text(),
    entry_id: model.text().nullable(),
    points: model.number(),
    kind: model.enum([...REWARD_KINDS]),
    amount: model.bigNumber(),
    currency_code: model.text(),
    code: model.text().nullable(),
    promotion_id: model.text().nullable(),
    gift_card_id: model.text().nullable(),
    store_credit_account_id: model.text().nullable(),
  })
  .indexes([{ on: ["account_id", "created_at"] }, { on: ["customer_id"] }])
