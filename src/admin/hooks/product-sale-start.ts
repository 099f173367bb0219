import { useQuery } from "@tanstack/react-query"
import { productSaleStartQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import { ProductSaleStartResponse } from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

/** A product's public sale start, and the early-access benefits on it. */
export const useProductSaleStart = (
  productId: string,
  options?: QueryOptions<ProductSaleStartResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: productSaleStartQueryKeys.detail(productId),
    queryFn: () =>
      sdk.client.fetch<ProductSaleStartResponse>(`/admin/products/${productId}/sale-start`),
    ...options,
  })
  return { ...data, ...rest }
}

/** Sets the public sale start (an ISO instant), or clears it with null. */
export const useSetProductSaleStart = (
  productId: string,
  options?: MutationOptions<ProductSaleStartResponse, { public_sale_starts_at: string | null }>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<ProductSaleStartResponse>(`/admin/products/${productId}/sale-start`, {
        method: "POST",
        body,
      }),
    [productSaleStartQueryKeys.detail(productId)],
    options
  )
