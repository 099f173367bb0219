import { keepPreviousData, useQuery } from "@tanstack/react-query"
import {
  collectionsQueryKeys,
  productCategoriesQueryKeys,
  productVariantsQueryKeys,
  productsQueryKeys,
} from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** Products, variants, collections and categories: what an earn rule can target. */
export type CatalogKind = "product" | "variant" | "collection" | "category"

export type CatalogItem = { id: string; label: string; description?: string | null }

type CatalogQuery = { q?: string; id?: string[]; product_id?: string; limit: number }

const CATALOG: Record<
  CatalogKind,
  {
    keys: { list: (query?: unknown) => readonly unknown[] }
    list: (query: CatalogQuery) => Promise<{ items: CatalogItem[]; count: number }>
  }
> = {
  product: {
    keys: productsQueryKeys,
    list: async (query) => {
      const { products, count } = await sdk.admin.product.list({
        ...query,
        fields: "id,title,handle",
      })
      return {
        items: products.map((p) => ({ id: p.id, label: p.title, description: p.handle })),
        count,
      }
    },
  },
  variant: {
    keys: productVariantsQueryKeys,
    list: async ({ product_id, ...query }) => {
      const fields = "id,title,sku,product.title"
      const { variants, count } = product_id
        ? await sdk.admin.product.listVariants(product_id, { ...query, fields })
        : await sdk.admin.productVariant.list({ ...query, fields })
      return {
        items: variants.map((v) => ({
          id: v.id,
          label: product_id ? (v.title ?? v.id) : `${v.product?.title ?? ""} · ${v.title ?? v.id}`,
          description: v.sku,
        })),
        count,
      }
    },
  },
  collection: {
    keys: collectionsQueryKeys,
    list: async (query) => {
      const { collections, count } = await sdk.admin.productCollection.list({
        ...query,
        fields: "id,title,handle",
      })
      return {
        items: collections.map((c) => ({ id: c.id, label: c.title, description: c.handle })),
        count,
      }
    },
  },
  category: {
    keys: productCategoriesQueryKeys,
    list: async (query) => {
      const { product_categories, count } = await sdk.admin.productCategory.list({
        ...query,
        fields: "id,name,handle",
      })
      return {
        items: product_categories.map((c) => ({
          id: c.id,
          label: c.name,
          description: c.handle,
        })),
        count,
      }
    },
  },
}

/** Searches one kind of catalog item; variants can be limited to one product. */
export const useCatalogSearch = (
  kind: CatalogKind,
  query: { q?: string; product_id?: string },
  options?: { enabled?: boolean }
) => {
  const request: CatalogQuery = { ...query, limit: 20 }
  return useQuery({
    queryKey: CATALOG[kind].keys.list({ ...request, picker: true }),
    queryFn: () => CATALOG[kind].list(request),
    placeholderData: keepPreviousData,
    ...options,
  })
}

/** Names for ids of one kind, e.g. to show the targets of a page of rules. */
export const useCatalogNames = (kind: CatalogKind, ids: string[]) => {
  const unique = [...new Set(ids)].sort()
  const request: CatalogQuery = { id: unique, limit: unique.length }
  const { data } = useQuery({
    queryKey: CATALOG[kind].keys.list({ ...request, names: true }),
    queryFn: () => CATALOG[kind].list(request),
    enabled: unique.length > 0,
    staleTime: 60_000,
  })
  return new Map((data?.items ?? []).map((item) => [item.id, item.label]))
}
