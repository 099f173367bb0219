import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import {
  calculatePurchasePoints,
  PointsLineItem,
} from "../../workflows/loyalty/utils/purchase-points"
import { memberPriceOf } from "./member-price-preview"
import { formatEarningTier, formatPointsLine } from "./points-format"
import { isCountryOfRegion, taxCountryOfRegion, taxRatesByLine } from "./tax-rates"
import type { StoreLoyaltyPreview } from "../../types/http"
import { graphRows } from "../../utils/graph-rows"

export type PointsPreviewInput = {
  variant_id: string
  quantity: number
  region_id?: string
  country_code?: string
  /** The logged-in customer, if any: their price lists and tier count. */
  customer_id?: string | null
  /** The publishable key's sales channels: the variant must be sold in one. */
  sales_channel_ids?: string[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * What buying `quantity` of a variant would earn: the variant priced as a
 * cart in the region (given, or the only one selling it) would price it (the customer's groups and the quantity
 * in the pricing context), tax taken out of a price that includes it (the
 * country's, given or the region's; see taxCountryOfRegion), then the same
 * calculation as the credit on `order.placed`. A logged-in member's discount
 * benefits count as the cart counts them (`member_price`), so the page and
 * the cart promise the same points; codes a cart may add later are not known
 * here.
 */
export async function previewVariantPoints(
  scope: MedusaContainer,
  input: PointsPreviewInput
): Promise<StoreLoyaltyPreview> {
  const variant = await publishedVariant(scope, input)
  const region = input.region_id
    ? await regionOf(scope, input.region_id)
    : await onlyRegionOf(scope, variant)
  const currency_code = region.currency_code
  const groups = input.customer_id ? await customerGroupIds(scope, input.customer_id) : []

  const price = await calculatedPrice(scope, variant.id, {
    currency_code,
    region_id: region.id,
    ...(input.customer_id
      ? { customer_id: input.customer_id, customer: { groups: groups.map((id) => ({ id })) } }
      : {}),
    quantity: input.quantity,
  })
  if (price?.calculated_amount == null) {
    throw invalid(`Variant ${variant.id} has no price in ${currency_code.toUpperCase()}`)
  }

  const memberPrice = await memberPriceOf(scope, input.customer_id, currency_code, {
    variant_id: variant.id,
    product_id: variant.product_id,
    product_title: variant.product?.title ?? variant.product_id,
    quantity: input.quantity,
    unit_price: Number(price.calculated_amount),
    is_tax_inclusive: !!price.is_calculated_price_tax_inclusive,
    is_discountable: variant.product?.discountable !== false,
  })

  const taxCountry = price.is_calculated_price_tax_inclusive
    ? await taxCountryFor(scope, region, input.country_code)
    : { country_code: null, estimate: false }
  const item: PointsLineItem = {
    id: variant.id,
    quantity: input.quantity,
    unit_price: price.calculated_amount,
    is_tax_inclusive: !!price.is_calculated_price_tax_inclusive,
    tax_lines: taxCountry.country_code
      ? ((
          await taxRatesByLine(
            scope,
            [
              {
                id: variant.id,
                product_id: variant.product_id,
                product_type_id: variant.product?.type_id,
                quantity: input.quantity,
                unit_price: price.calculated_amount,
              },
            ],
            currency_code,
            taxCountry.country_code
          )
        ).get(variant.id) ?? [])
      : [],
    adjustments: memberPrice?.adjustments ?? [],
    product_id: variant.product_id,
    variant_id: variant.id,
    product: variant.product,
  }
  const points = await calculatePurchasePoints(scope, {
    items: [item],
    currency_code,
    customer_id: input.customer_id,
    at: new Date(),
  })
  return {
    ...formatPointsLine(points.lines[0], item),
    product_id: variant.product_id,
    region_id: region.id,
    currency_code,
    unit_price: Number(price.calculated_amount),
    member_price: memberPrice
      ? {
          unit_price: memberPrice.unit_price,
          total: memberPrice.total,
          quantity: memberPrice.quantity,
          discount_total: memberPrice.discount_total,
          description: memberPrice.description,
        }
      : null,
    tier: formatEarningTier(points.tier),
    is_estimate: taxCountry.estimate,
  }
}

type PreviewVariant = {
  id: string
  product_id: string
  product?: {
    status: string
    title: string
    discountable: boolean | null
    type_id: string | null
    collection_id: string | null
    categories?: ({ id: string } | null)[] | null
    sales_channels?: ({ id: string } | null)[] | null
  } | null
  price_set?: { prices?: ({ currency_code: string | null } | null)[] | null } | null
}

type CalculatedPrice = {
  calculated_amount: number | null
  is_calculated_price_tax_inclusive: boolean
}

async function publishedVariant(
  scope: MedusaContainer,
  input: PointsPreviewInput
): Promise<PreviewVariant> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product_id",
      "product.status",
      "product.title",
      "product.discountable",
      "product.type_id",
      "product.collection_id",
      "product.categories.id",
      "product.sales_channels.id",
      "price_set.prices.currency_code",
    ],
    filters: { id: input.variant_id },
  })
  const [variant] = graphRows<PreviewVariant>(data)
  const channels = (variant?.product?.sales_channels ?? []).map((c) => c?.id)
  const sold =
    !input.sales_channel_ids?.length || input.sales_channel_ids.some((id) => channels.includes(id))
  if (!variant || variant.product?.status !== "published" || !sold) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Variant with id: ${input.variant_id} was not found`
    )
  }
  return variant
}

type PreviewRegion = { id: string; currency_code: string; countries: { iso_2: string }[] }
const REGION_FIELDS = ["id", "currency_code", "countries.iso_2"]

async function regionOf(scope: MedusaContainer, regionId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: REGION_FIELDS, filters: { id: regionId } })
  if (!region) {
    throw invalid(`Field 'region_id': region ${regionId} was not found`)
  }
  return region as PreviewRegion
}

/**
 * Without `region_id`, the one region selling in one of the variant's
 * currencies (a store with a region per currency needs no more); where
 * several do, the shopper's region must be named.
 */
async function onlyRegionOf(
  scope: MedusaContainer,
  variant: PreviewVariant
): Promise<PreviewRegion> {
  const currencies = [
    ...new Set<string>(
      (variant.price_set?.prices ?? []).flatMap((p) =>
        p?.currency_code ? [p.currency_code.toLowerCase()] : []
      )
    ),
  ]
  if (!currencies.length) {
    throw invalid(`Variant ${variant.id} has no price`)
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: REGION_FIELDS,
    filters: { currency_code: currencies },
  })
  if (regions.length === 1) {
    return regions[0] as PreviewRegion
  }
  throw invalid(
    regions.length
      ? `Field 'region_id' is required: variant ${variant.id} is sold in several regions`
      : `Field 'region_id': no region sells variant ${variant.id} (priced in ${currencies.sort().join(", ")})`
  )
}

async function customerGroupIds(scope: MedusaContainer, customerId: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["groups.id"],
    filters: { id: customerId },
  })
  const groups: ({ id: string } | null)[] = data[0]?.groups ?? []
  return groups.flatMap((group) => (group ? [group.id] : []))
}

async function calculatedPrice(
  scope: MedusaContainer,
  variantId: string,
  context: Record<string, unknown>
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "calculated_price.calculated_amount",
      "calculated_price.is_calculated_price_tax_inclusive",
    ],
    filters: { id: variantId },
    context: { calculated_price: QueryContext(context) },
  })
  const [priced] = graphRows<{ calculated_price?: CalculatedPrice | null }>(data)
  return priced?.calculated_price ?? undefined
}

/**
 * The country whose tax a tax-inclusive price holds: the one asked for (it
 * must be in the region), else as the region says (see taxCountryOfRegion).
 */
async function taxCountryFor(
  scope: MedusaContainer,
  region: PreviewRegion,
  countryCode: string | undefined
) {
  if (countryCode) {
    if (!isCountryOfRegion(region, countryCode)) {
      throw invalid(`Field 'country_code': ${countryCode} is not in region ${region.id}`)
    }
    return { country_code: countryCode, estimate: false }
  }
  return await taxCountryOfRegion(scope, region)
}
