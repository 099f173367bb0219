import type { HttpTypes } from "@medusajs/framework/types"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { customerGroupsQueryKeys, storeQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { SegmentIdResource } from "../lib/types"
import { CatalogItem, CatalogKind, useCatalogNames, useCatalogSearch } from "./catalog"
import { useCustomerFlags } from "./customer-flags"
import { useLoyaltyTiers } from "./loyalty-tiers"

/** A page of search results in the shape every picker shows. */
export type ResourceSearchResult = {
  items: CatalogItem[]
  /** How many match in all, when more than `items`. */
  count: number
  isPending: boolean
  error: Error | null
}

export const RESOURCE_NOUNS: Record<SegmentIdResource, { one: string; many: string }> = {
  product: { one: "product", many: "products" },
  product_variant: { one: "variant", many: "variants" },
  product_collection: { one: "collection", many: "collections" },
  product_category: { one: "category", many: "categories" },
  customer_flag: { one: "flag", many: "flags" },
  customer_group: { one: "customer group", many: "customer groups" },
  loyalty_tier: { one: "tier", many: "tiers" },
}

const LIMIT = 20

const matches = (label: string, q: string) => label.toLowerCase().includes(q.toLowerCase())

/** The search hook of one kind of catalog resource. */
const catalogResourceSearch = (kind: CatalogKind) =>
  function useCatalogResourceSearch(q: string): ResourceSearchResult {
    const { data, isPending, error } = useCatalogSearch(kind, { q: q || undefined })
    return {
      items: data?.items ?? [],
      count: data?.count ?? 0,
      isPending,
      error,
    }
  }

const useFlagSearch = (q: string): ResourceSearchResult => {
  const { customer_flags, count, isPending, error } = useCustomerFlags(
    { q: q || undefined, order: "name", limit: LIMIT },
    { placeholderData: keepPreviousData }
  )
  return {
    items: (customer_flags ?? []).map((flag) => ({
      id: flag.id,
      label: flag.name,
      description: flag.abbreviation,
    })),
    count: count ?? 0,
    isPending,
    error,
  }
}

const customerGroups = (query: HttpTypes.AdminGetCustomerGroupsParams) =>
  sdk.admin.customerGroup.list({ ...query, fields: "id,name" })

const useGroupSearch = (q: string): ResourceSearchResult => {
  const query = { q: q || undefined, limit: LIMIT, order: "name" }
  const { data, isPending, error } = useQuery({
    queryKey: customerGroupsQueryKeys.list({ ...query, picker: true }),
    queryFn: () => customerGroups(query),
    placeholderData: keepPreviousData,
  })
  return {
    items: (data?.customer_groups ?? []).map((group) => ({
      id: group.id,
      label: group.name ?? group.id,
    })),
    count: data?.count ?? 0,
    isPending,
    error,
  }
}

/** Tiers are few: all of them, filtered here. */
const useTierSearch = (q: string): ResourceSearchResult => {
  const { tiers, isPending, error } = useLoyaltyTiers()
  const items = (tiers ?? [])
    .filter((tier) => !q || matches(tier.name, q))
    .map((tier) => ({ id: tier.id, label: tier.name, description: null }))
  return { items, count: items.length, isPending, error }
}

const SEARCHES: Record<SegmentIdResource, (q: string) => ResourceSearchResult> = {
  product: catalogResourceSearch("product"),
  product_variant: catalogResourceSearch("variant"),
  product_collection: catalogResourceSearch("collection"),
  product_category: catalogResourceSearch("category"),
  customer_flag: useFlagSearch,
  customer_group: useGroupSearch,
  loyalty_tier: useTierSearch,
}

/**
 * Searches the kind of thing a condition's ids point at. A component must
 * keep one `resource` for its lifetime (give it `key={resource}`), since
 * each resource is searched with its own hooks.
 */
export const useResourceSearch = (resource: SegmentIdResource, q: string) => SEARCHES[resource](q)

const useFlagNames = (ids: string[]) => {
  const { customer_flags } = useCustomerFlags(
    { limit: 200, order: "name" },
    { enabled: ids.length > 0, staleTime: 60_000 }
  )
  return new Map((customer_flags ?? []).map((flag) => [flag.id, flag.name]))
}

const useGroupNames = (ids: string[]) => {
  const unique = [...new Set(ids)].sort()
  const query = { id: unique, limit: unique.length }
  const { data } = useQuery({
    queryKey: customerGroupsQueryKeys.list({ ...query, names: true }),
    queryFn: () => customerGroups(query),
    enabled: unique.length > 0,
    staleTime: 60_000,
  })
  return new Map((data?.customer_groups ?? []).map((group) => [group.id, group.name ?? group.id]))
}

const useTierNames = (ids: string[]) => {
  const { tiers } = useLoyaltyTiers({ enabled: ids.length > 0, staleTime: 60_000 })
  return new Map((tiers ?? []).map((tier) => [tier.id, tier.name]))
}

/**
 * The names of ids of every kind a rule tree can hold, so saved rules read
 * "Bought product Hamlet" rather than an id: one request per kind in use.
 */
export const useResourceNames = (idsByResource: Partial<Record<SegmentIdResource, string[]>>) => {
  const ids = (resource: SegmentIdResource) => idsByResource[resource] ?? []
  const maps = [
    useCatalogNames("product", ids("product")),
    useCatalogNames("variant", ids("product_variant")),
    useCatalogNames("collection", ids("product_collection")),
    useCatalogNames("category", ids("product_category")),
    useFlagNames(ids("customer_flag")),
    useGroupNames(ids("customer_group")),
    useTierNames(ids("loyalty_tier")),
  ]
  return new Map(maps.flatMap((map) => [...map]))
}

/** The store's currencies, the default first: amounts in rules are in one of them. */
export const useStoreCurrencies = () => {
  const { data, isPending } = useQuery({
    queryKey: storeQueryKeys.list({ fields: "supported_currencies" }),
    queryFn: () =>
      sdk.admin.store.list({
        fields: "id,supported_currencies.currency_code,supported_currencies.is_default",
      }),
    staleTime: 5 * 60_000,
  })
  const currencies = (data?.stores?.[0]?.supported_currencies ?? [])
    .slice()
    .sort((a, b) => Number(b.is_default) - Number(a.is_default))
    .map((currency) => currency.currency_code)
  return { currencies, isPending }
}
