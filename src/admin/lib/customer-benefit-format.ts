import { CustomerBenefit } from "./types"

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`

/**
 * What is left of a benefit for staff: "2 of 4 items left",
 * "1 of 3 products left · up to 2 of 2 items left per product",
 * "No limits"; null for an offer, which has none.
 */
export const remainingInWords = ({
  limits,
  remaining,
  products,
}: Pick<CustomerBenefit, "limits" | "remaining" | "products">) => {
  if (!limits) {
    return null
  }
  const parts: string[] = []
  if (limits.max_products != null && remaining.products != null) {
    parts.push(`${remaining.products} of ${plural(limits.max_products, "product")} left`)
  }
  if (limits.max_quantity != null && remaining.quantity != null) {
    const items = `${remaining.quantity} of ${plural(limits.max_quantity, "item")} left`
    parts.push(
      limits.quantity_scope === "total" || products.length <= 1
        ? items
        : `up to ${items} per product`
    )
  }
  if (!parts.length) {
    return "No limits"
  }
  const text = parts.join(" · ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Whether no item is left under the benefit (a used-up product limit may still leave items on the products chosen). */
export const isUsedUp = ({ remaining }: Pick<CustomerBenefit, "remaining">) =>
  remaining.quantity === 0
