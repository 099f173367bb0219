export const defaultAdminLoyaltyEarnRuleFields = [
  "id",
  "name",
  "target_type",
  "target_id",
  "points_per_item",
  "multiplier",
  "starts_at",
  "ends_at",
  "is_active",
  "created_at",
  "updated_at",
]

export const retrieveLoyaltyEarnRuleQueryConfig = {
  defaults: defaultAdminLoyaltyEarnRuleFields,
  // Only these may be asked for or ordered by: anything else is a 400.
  allowed: defaultAdminLoyaltyEarnRuleFields,
  isList: false,
}

export const listLoyaltyEarnRulesQueryConfig = {
  ...retrieveLoyaltyEarnRuleQueryConfig,
  defaultLimit: 50,
  isList: true,
}

export const defaultAdminLoyaltyTierFields = [
  "id",
  "name",
  "min_points",
  "basis",
  "rank",
  "description",
  "points_multiplier",
  // The customer group mirroring the tier, for promotions and price lists.
  "customer_group_id",
  "metadata",
  "created_at",
  "updated_at",
]

export const retrieveLoyaltyTierQueryConfig = {
  defaults: defaultAdminLoyaltyTierFields,
  // Only these may be asked for or ordered by: anything else is a 400.
  allowed: defaultAdminLoyaltyTierFields,
  isList: false,
}

export const defaultAdminLoyaltyRewardFields = [
  "id",
  "name",
  "description",
  "points_cost",
  "kind",
  "amount",
  "currency_code",
  "is_active",
  "created_at",
  "updated_at",
]

export const retrieveLoyaltyRewardQueryConfig = {
  defaults: defaultAdminLoyaltyRewardFields,
  // Only these may be asked for or ordered by: anything else is a 400.
  allowed: defaultAdminLoyaltyRewardFields,
  isList: false,
}

export const listLoyaltyRewardsQueryConfig = {
  ...retrieveLoyaltyRewardQueryConfig,
  defaultLimit: 50,
  isList: true,
}
