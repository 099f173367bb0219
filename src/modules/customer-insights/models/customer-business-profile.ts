import { model } from "@medusajs/framework/utils"
import { RISK_RATINGS } from "../constants"

/**
 * A business customer's B2B profile: company, organisation number, website,
 * how much they may owe (`allowed_outstanding_amount` in `currency_code`, in
 * the currency's main unit as Medusa's amounts are), the longest payment
 * term and staff's risk rating. Staff only: never in the store API.
 */
// Named "business" rather than "b2b": Medusa's type-level snake-to-camel
// conversion of link names recurses without end on "b2b".
export const CustomerBusinessProfile = model
  .define("customer_business_profile", {
    id: model.id({ prefix: "cbiz" }).primaryKey(),
    customer_id: model.text(),
    company: model.text().nullable(),
    organisation_number: model.text().nullable(),
    website: model.text().nullable(),
    allowed_outstanding_amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    max_payment_days: model.number().nullable(),
    risk_rating: model.enum([...RISK_RATINGS]).nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    {
      name: "IDX_customer_business_profile_customer_unique",
      on: ["customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
