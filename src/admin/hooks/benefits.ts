import { useQuery } from "@tanstack/react-query"
import { benefitsQueryKeys, productSaleStartQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import {
  BenefitListResponse,
  BenefitOwner,
  BenefitPayload,
  BenefitResponse,
  CreateBenefitPayload,
  DeleteResponse,
} from "../lib/types"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

/** One flag's or one tier's benefits. */
export const useBenefits = (owner: BenefitOwner, options?: QueryOptions<BenefitListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: benefitsQueryKeys.list(owner),
    queryFn: () =>
      sdk.client.fetch<BenefitListResponse>("/admin/benefits", {
        query: { ...owner, limit: 100, order: "created_at" },
      }),
    ...options,
  })
  return { ...data, ...rest }
}

// A product's page lists the early access covering it.
const CHANGED_BY_BENEFITS = [benefitsQueryKeys.all, productSaleStartQueryKeys.all]

export const useCreateBenefit = (
  options?: MutationOptions<BenefitResponse, CreateBenefitPayload>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<BenefitResponse>("/admin/benefits", {
        method: "POST",
        body: payload,
      }),
    CHANGED_BY_BENEFITS,
    options
  )

export const useUpdateBenefit = (
  id: string,
  options?: MutationOptions<BenefitResponse, Partial<BenefitPayload>>
) =>
  useInvalidatingMutation(
    (payload) =>
      sdk.client.fetch<BenefitResponse>(`/admin/benefits/${id}`, {
        method: "POST",
        body: payload,
      }),
    CHANGED_BY_BENEFITS,
    options
  )

export const useDeleteBenefit = (options?: MutationOptions<DeleteResponse, string>) =>
  useInvalidatingMutation(
    (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/benefits/${id}`, {
        method: "DELETE",
      }),
    CHANGED_BY_BENEFITS,
    options
  )
