import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { BenefitPlan, CartLine, PricedLine, PurchaseLine } from "../../modules/customer-loyalty/benefits"

type CartForChecks = {
  id: string
  customer_id: string | null
  currency_code: string
  completed_at: Date | string | null
  lines: CartLine[]
}

/** A cart or order item as the benefit checks see it. */
export function pricedLine(item: any): CartLine {
  return {
    item_id: item.id,
    product_id: item.product_id,
    variant_id: item.variant_id ?? null,
    quantity: Number(item.quantity ?? item.detail?.quantity ?? 0),
    product_title: item.product_title ?? item.product_id,
    unit_price: Number(item.unit_price ?? 0),
    is_tax_inclusive: !!item.is_tax_inclusive,
    is_discountable: item.is_discountable !== false,
    adjustments: (item.adjustments ?? []).flatMap((a: any) =>
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
  } = await query.graph({
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
    lines: (cart.items ?? []).filter((item: any) => item?.product_id).map(pricedLine),
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
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "product.title"],
    filters: { id: wanted.map((item) => item.variant_id!) },
  })
  const byId = new Map(variants.map((variant: any) => [variant.id, variant]))
  return wanted.flatMap((item) => {
    const variant: any = byId.get(item.variant_id!)
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
  } = await query.graph({
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
  const lines: PricedLine[] = (order.items ?? [])
    .filter((item: any) => item?.product_id)
    .map((item: any) => {
      const { adjustments, ...line } = pricedLine(item)
      return line
    })
  return {
    id: order.id as string,
    customer_id: (order.customer_id ?? null) as string | null,
    currency_code: order.currency_code as string,
    cart_id: ((order as any).cart?.id ?? null) as string | null,
    placed_at: new Date(order.created_at as any),
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
