import { model } from "@medusajs/framework/utils"
import { LoyaltyAccount } from "./loyalty-account"

/** A customer card in a membership; a customer is in at most one. */
export const LoyaltyAccountMember = model
  .define("loyalty_account_member", {
    id: model.id({ prefix: "lmem" }).primaryKey(),
    account: model.belongsTo(() => LoyaltyAccount, { mappedBy: "members" }),
    customer_id: model.text(),
    joined_at: model.dateTime(),
  })
  .indexes([
    {
      name: "IDX_loyalty_account_member_customer_unique",
      on: ["customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
