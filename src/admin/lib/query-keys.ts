export type TQueryKey<TKey, TListQuery = unknown, TDetailQuery = string> = {
  all: readonly [TKey]
  lists: () => readonly [...TQueryKey<TKey>["all"], "list"]
  list: (query?: TListQuery) => readonly (TKey | "list" | { query: TListQuery })[]
  details: () => readonly [...TQueryKey<TKey>["all"], "detail"]
  detail: (
    id: TDetailQuery,
    query?: TListQuery
  ) => readonly (TKey | "detail" | TDetailQuery | { query: TListQuery })[]
}

/**
 * Query keys shaped like the dashboard's own (`[resource, "list", { query }]`,
 * `[resource, "detail", id]`), so invalidating `lists()` or `details()`
 * reaches every variant of a query.
 */
export const queryKeysFactory = <T, TListQueryType = unknown, TDetailQueryType = string>(
  globalKey: T
) => {
  const factory: TQueryKey<T, TListQueryType, TDetailQueryType> = {
    all: [globalKey],
    lists: () => [...factory.all, "list"],
    list: (query?: TListQueryType) =>
      query !== undefined ? [...factory.lists(), { query }] : factory.lists(),
    details: () => [...factory.all, "detail"],
    detail: (id: TDetailQueryType, query?: TListQueryType) =>
      query !== undefined ? [...factory.details(), id, { query }] : [...factory.details(), id],
  }
  return factory
}

export const customerFlagsQueryKeys = queryKeysFactory("customer_flags")

/** Keyed by customer id: `detail(customerId)` is that customer's active flags. */
export const customerFlagAssignmentsQueryKeys = queryKeysFactory("customer_flag_assignments")

export const loyaltySettingsQueryKeys = queryKeysFactory("loyalty_settings")
export const loyaltyEarnRulesQueryKeys = queryKeysFactory("loyalty_earn_rules")
export const loyaltyTiersQueryKeys = queryKeysFactory("loyalty_tiers")
export const loyaltyRewardsQueryKeys = queryKeysFactory("loyalty_rewards")

/** Discounts, early access and offer links; `list({ flag_id })` or `list({ tier_id })` is one owner's. */
export const benefitsQueryKeys = queryKeysFactory("benefits")

/** Keyed by product id: `detail(productId)` is its public sale start and the early access covering it. */
export const productSaleStartQueryKeys = queryKeysFactory("product_sale_start")

/**
 * Keyed by customer id: `detail(customerId)` is the customer's membership,
 * `detail(customerId, query)` under `customerLoyaltyEntriesQueryKeys` a page of its history.
 */
export const customerLoyaltyQueryKeys = queryKeysFactory("customer_loyalty")
export const customerLoyaltyEntriesQueryKeys = queryKeysFactory("customer_loyalty_entries")

/** The points report across all members: entries with totals, and weekly sums. */
export const loyaltyEntriesQueryKeys = queryKeysFactory("loyalty_entries")
export const loyaltyWeeklyQueryKeys = queryKeysFactory("loyalty_weekly")

/** Segments; `detail(id, query)` under `segmentMembersQueryKeys` is a page of a segment's members. */
export const segmentsQueryKeys = queryKeysFactory("customer_segments")
export const segmentMembersQueryKeys = queryKeysFactory("customer_segment_members")
export const segmentFieldsQueryKeys = queryKeysFactory("customer_segment_fields")
/** Live counts of rules being edited, keyed by the rules. */
export const segmentPreviewQueryKeys = queryKeysFactory("customer_segment_preview")

/**
 * Customer 360, keyed by customer id: `detail(customerId)` is the customer's
 * summary, B2B profile, or notes (`detail(customerId, query)` with
 * `include_deleted`).
 */
export const customerSummaryQueryKeys = queryKeysFactory("customer_summary")
export const customerB2BProfileQueryKeys = queryKeysFactory("customer_business_profile")
export const customerNotesQueryKeys = queryKeysFactory("customer_notes")
/** The customer overview; `list(query)` is one page of it. */
export const customerOverviewQueryKeys = queryKeysFactory("customer_overview")

/** What shows a customer's flags, points, tier and segments at a glance: changes to those refresh them. */
export const CUSTOMER_AT_A_GLANCE = [customerSummaryQueryKeys.all, customerOverviewQueryKeys.all]

// The dashboard's own roots, so its invalidations refresh ours and vice versa.
export const salesChannelsQueryKeys = queryKeysFactory("sales-channels")
export const usersQueryKeys = queryKeysFactory("users")
export const customersQueryKeys = queryKeysFactory("customers")
export const customerGroupsQueryKeys = queryKeysFactory("customer_groups")
export const productsQueryKeys = queryKeysFactory("products")
export const productVariantsQueryKeys = queryKeysFactory("product_variant")
export const collectionsQueryKeys = queryKeysFactory("collections")
export const productCategoriesQueryKeys = queryKeysFactory("categories")
export const storeQueryKeys = queryKeysFactory("store")

export const loyaltyMessagesQueryKeys = queryKeysFactory("loyalty_messages")

/** Keyed by customer id: `detail(customerId)` is the loyalty messages sent to them. */
export const sentLoyaltyMessagesQueryKeys = queryKeysFactory("sent_loyalty_messages")

/** Keyed by customer id: `detail(customerId)` is what the customer may use now (benefits, rewards). */
export const customerBenefitsQueryKeys = queryKeysFactory("customer_benefits")
/** Keyed by customer id: `detail(customerId)` is the rewards they redeemed. */
export const customerRedemptionsQueryKeys = queryKeysFactory("customer_redemptions")
