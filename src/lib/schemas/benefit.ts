import { z } from "zod"
import { isWebAddress } from "../../utils/web-address"
import { aboveZero } from "./field-rules"

/*
 * The rules of a benefit's fields, for the API's validators and the admin's
 * form alike (see customer-flag.ts). What a kind of benefit must have is
 * checked by the workflows' benefit rules.
 */

/** Products or variants one benefit may name. */
export const MAX_BENEFIT_TARGETS = 100
/** The most products of a benefit one customer may use it on. */
export const MAX_BENEFIT_PRODUCTS = 20
/** The most items one customer may use a benefit on. */
export const MAX_BENEFIT_QUANTITY = 50
/** Money in whole units of the benefit's currency. */
export const MAX_FIXED_DISCOUNT = 1_000_000_000

const URL_RULE = "Field 'url' must be an http(s) URL like 'https://example.com/offer'"

export const benefitTitle = z.string().trim().min(1).max(200)

export const benefitUrl = z.string().trim().max(2000).refine(isWebAddress, URL_RULE)

export const benefitTargetIds = z.array(z.string().min(1)).max(MAX_BENEFIT_TARGETS)

export const benefitMaxProducts = z.number().int().min(1).max(MAX_BENEFIT_PRODUCTS)

export const benefitMaxQuantity = z.number().int().min(1).max(MAX_BENEFIT_QUANTITY)

/** A percentage is bounded by the benefit rules; a fixed amount, in whole units of its currency, by this. */
export const discountValue = z
  .number()
  .max(MAX_FIXED_DISCOUNT)
  .refine(...aboveZero("discount_value"))
