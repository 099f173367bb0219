import { z } from "zod"
import { purchaseCount } from "../../lib/schemas/customer-flag"
import type { PickedItem } from "../components/resource-ids-input"
import { numberText } from "./form-rules"
import { WindowDraft } from "./segment-rules"

const isWholeNumberIn = (text: string, max: number) => {
  const number = Number(text)
  return text.trim() !== "" && Number.isInteger(number) && number >= 1 && number <= max
}

/** The purchase rule form's checks: the API's counts (src/lib/schemas/customer-flag), in words for staff. */
export const connectionsSchema = z
  .object({
    products: z.custom<PickedItem[]>(),
    variants: z.custom<PickedItem[]>(),
    collections: z.custom<PickedItem[]>(),
    categories: z.custom<PickedItem[]>(),
    min_quantity: numberText(
      purchaseCount("min_quantity"),
      "Use a whole number of items, 1 or more.",
      {
        optional: true,
      }
    ),
    min_orders: numberText(
      purchaseCount("min_orders"),
      "Use a whole number of orders, 1 or more.",
      {
        optional: true,
      }
    ),
    window: z.custom<WindowDraft>().superRefine((window, ctx) => {
      const problem = (message: string) => ctx.addIssue({ code: "custom", message })
      if (window.type === "days" && !isWholeNumberIn(window.days, 36500)) {
        problem("Use a whole number of days from 1 to 36500.")
      }
      if (window.type === "range") {
        if (!window.from && !window.to) {
          problem("Pick a first day, a last day or both.")
        } else if (window.from && window.to && window.to < window.from) {
          problem("The last day must not come before the first.")
        }
      }
    }),
  })
  .superRefine((values, ctx) => {
    if (
      !values.products.length &&
      !values.variants.length &&
      !values.collections.length &&
      !values.categories.length
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["products"],
        message: "Choose at least one product, variant, collection or category.",
      })
    }
  })
