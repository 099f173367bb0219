import { BigNumberValue, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  BenefitPlan,
  CartLine,
  PricedLine,
  PurchaseLine,
} from "../../modules/customer-loyalty/benefits"

type CartForChecks = {
  id: string
  customer_id: string | null
  currency_code: string
  completed_at: Date | string | null
  lines: CartLine[]
}

/** The fields of a cart or order item the benefit checks read. */
export type PricedItem = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  quantity?: BigNumberValue | null
  /** An order item's quantity, when the item's own comes back empty. */
  detail?: { quantity?: BigNumberValue | null } | null
  product_title?: string | null
  unit_price?: BigNumberValue | null
  is_tax_inclusive?: boolean | null
  is_discountable?: boolean | null
  adjustments?:
    ({ id: string; promotion_id?: string | null; amount: BigNumberValue } | null)[] | null
}

type CartRow = Omit<CartForChecks, "lines"> & { items?: (PricedItem | null)[] | null }

type VariantRow = { id: string; product_id: string | null; product?: { title: string } | null }

type OrderRow = {
  id: string
  customer_id: string | null
  currency_code: string
  created_at: Date | string
  cart?: { id: string } | null
  items?: (PricedItem | null)[] | null
}

/** The items of a product: the only ones benefits apply to. */
export function productItems<T extends { product_id?: string | null }>(
  items: (T | null | undefined)[]
): (T & { product_id: string })[] {
  return items.filter((item): item is T & { product_id: string } => !!item?.product_id)
}

/** A cart or order item as the benefit checks see it. */
export function pricedLine(item: PricedItem & { product_id: string }): CartLine {
  return {
    item_id: item.id,
    product_id: item.product_id,
    variant_id: item.variant_id ?? null,
    quantity: Number(item.quantity ?? item.detail?.quantity ?? 0),
    product_title: item.product_title ?? item.product_id,
    unit_price: Number(item.unit_price ?? 0),
    is_tax_inclusive: !!item.is_tax_inclusive,
    is_discountable: item.is_discountable !== false,
    adjustments: (item.adjustments ?? []).flatMap((a) =>
      a ? [{ id: a.id, promotion_id: a.promotion_id ?? null, amount: Number(a.amount) }] : []
    ),
  }
}

/** A cart's lines as the benefit checks see them. */
export async function cartForBenefitChecks(
  container: MedusaContainer,
  cartId: string
): Promise<CartForChecks> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  }: { data: CartRow[] } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "completed_at",
      "items.id",
      "items.product_id",
      "items.variant_id",
      "items.quantity",
      "items.unit_price",
      "items.is_tax_inclusive",
      "items.is_discountable",
      "items.product_title",
      "items.adjustments.id",
      "items.adjustments.amount",
      "items.adjustments.promotion_id",
    ],
    filters: { id: cartId },
  })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  return {
    id: cart.id,
    customer_id: cart.customer_id ?? null,
    currency_code: cart.currency_code,
    completed_at: cart.completed_at ?? null,
    lines: productItems(cart.items ?? []).map(pricedLine),
  }
}

/** Lines for variants about to be added to a cart. */
export async function linesForVariants(
  container: MedusaContainer,
  items: { variant_id?: string | null; quantity: number | string | { toString(): string } }[]
): Promise<PurchaseLine[]> {
  const wanted = items.filter((item) => item.variant_id)
  if (!wanted.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants }: { data: VariantRow[] } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "product.title"],
    filters: { id: wanted.map((item) => item.variant_id!) },
  })
  const byId = new Map(variants.map((variant) => [variant.id, variant]))
  return wanted.flatMap((item) => {
    const variant = byId.get(item.variant_id!)
    return variant?.product_id
      ? [
          {
            product_id: variant.product_id,
            variant_id: variant.id,
            quantity: Number(item.quantity),
            product_title: variant.product?.title ?? variant.product_id,
          },
        ]
      : []
  })
}

/** Lines of a placed order, for recording what it used. */
export async function orderForBenefitUsage(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  }: { data: OrderRow[] } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "created_at",
      "cart.id",
      "items.id",
      "items.unit_price",
      "items.is_tax_inclusive",
      "items.is_discountable",
      "items.product_id",
      "items.variant_id",
      "items.product_title",
      "items.quantity",
      // Without the detail, an order item's quantity comes back undefined.
      "items.detail.quantity",
    ],
    filters: { id: orderId },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  const lines: PricedLine[] = productItems(order.items ?? []).map((item) => {
    const { adjustments: _adjustments, ...line } = pricedLine(item)
    return line
  })
  return {
    id: order.id,
    customer_id: order.customer_id ?? null,
    currency_code: order.currency_code,
    cart_id: order.cart?.id ?? null,
    placed_at: new Date(order.created_at),
    lines,
  }
}

/** Refuses a purchase the benefit checks turned down, with every reason. */
export function throwIfRefused(plan: BenefitPlan) {
  if (plan.refusals.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      [...new Set(plan.refusals.map((refusal) => refusal.message))].join(" ")
    )
  }
}
