import { model } from "@medusajs/framework/utils"
import { LOYALTY_MESSAGE_KINDS } from "../constants"

/**
 * A message the merchant writes: the subject and body (Liquid templates) of
 * one kind of message in one locale (a BCP 47 tag such as `sv` or `en-GB`).
 */
export const LoyaltyMessage = model
  .define("loyalty_message", {
    id: model.id({ prefix: "lmsg" }).primaryKey(),
    kind: model.enum([...LOYALTY_MESSAGE_KINDS]),
    locale: model.text(),
    subject: model.text(),
    body: model.text(),
  })
  .indexes([
    {
      name: "IDX_loyalty_message_kind_locale_unique",
      on: ["kind", "locale"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
