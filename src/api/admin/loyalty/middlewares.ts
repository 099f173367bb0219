import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../../utils/validate-request"
import {
  listLoyaltyEarnRulesQueryConfig,
  listLoyaltyRewardsQueryConfig,
  retrieveLoyaltyEarnRuleQueryConfig,
  retrieveLoyaltyRewardQueryConfig,
  retrieveLoyaltyTierQueryConfig,
} from "./query-config"
import {
  AdminAddLoyaltyAccountMember,
  AdminCloseLoyaltyAccount,
  AdminCreateLoyaltyEarnRule,
  AdminCreateLoyaltyReward,
  AdminCreateLoyaltyTier,
  AdminExportLoyaltyEntriesParams,
  AdminGetLoyaltyAccountsParams,
  AdminGetLoyaltyEarnRuleParams,
  AdminGetLoyaltyEarnRulesParams,
  AdminGetLoyaltyEntriesParams,
  AdminGetLoyaltyRewardParams,
  AdminGetLoyaltyRewardsParams,
  AdminGetLoyaltyTierParams,
  AdminGetLoyaltyEntriesTotalsParams,
  AdminGetLoyaltyWeeklyParams,
  AdminUpdateLoyaltyAccount,
  AdminUpdateLoyaltyEarnRule,
  AdminUpdateLoyaltyReward,
  AdminUpdateLoyaltySettings,
  AdminUpdateLoyaltyTier,
} from "./validators"

/** Routes that read SQL directly validate their query without a field config. */
const plainQuery = { defaults: [], isList: false }

export const adminLoyaltyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/loyalty/settings",
    middlewares: [validateAndTransformBody(AdminUpdateLoyaltySettings)],
  },

  {
    method: ["GET"],
    matcher: "/admin/loyalty/earn-rules",
    middlewares: [
      validateAndTransformQuery(AdminGetLoyaltyEarnRulesParams, listLoyaltyEarnRulesQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/earn-rules",
    middlewares: [
      validateAndTransformBody(AdminCreateLoyaltyEarnRule),
      validateAndTransformQuery(AdminGetLoyaltyEarnRuleParams, retrieveLoyaltyEarnRuleQueryConfig),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/loyalty/earn-rules/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetLoyaltyEarnRuleParams, retrieveLoyaltyEarnRuleQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/earn-rules/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateLoyaltyEarnRule),
      validateAndTransformQuery(AdminGetLoyaltyEarnRuleParams, retrieveLoyaltyEarnRuleQueryConfig),
    ],
  },

  {
    method: ["GET"],
    matcher: "/admin/loyalty/tiers",
    middlewares: [
      validateAndTransformQuery(AdminGetLoyaltyTierParams, retrieveLoyaltyTierQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/tiers",
    middlewares: [
      validateAndTransformBody(AdminCreateLoyaltyTier),
      validateAndTransformQuery(AdminGetLoyaltyTierParams, retrieveLoyaltyTierQueryConfig),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/loyalty/tiers/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetLoyaltyTierParams, retrieveLoyaltyTierQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/tiers/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateLoyaltyTier),
      validateAndTransformQuery(AdminGetLoyaltyTierParams, retrieveLoyaltyTierQueryConfig),
    ],
  },

  {
    method: ["GET"],
    matcher: "/admin/loyalty/rewards",
    middlewares: [
      validateAndTransformQuery(AdminGetLoyaltyRewardsParams, listLoyaltyRewardsQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/rewards",
    middlewares: [
      validateAndTransformBody(AdminCreateLoyaltyReward),
      validateAndTransformQuery(AdminGetLoyaltyRewardParams, retrieveLoyaltyRewardQueryConfig),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/admin/loyalty/rewards/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetLoyaltyRewardParams, retrieveLoyaltyRewardQueryConfig),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/rewards/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateLoyaltyReward),
      validateAndTransformQuery(AdminGetLoyaltyRewardParams, retrieveLoyaltyRewardQueryConfig),
    ],
  },

  {
    method: ["GET"],
    matcher: "/admin/loyalty/accounts",
    middlewares: [validateAndTransformQuery(AdminGetLoyaltyAccountsParams, plainQuery)],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/accounts/:id",
    middlewares: [validateAndTransformBody(AdminUpdateLoyaltyAccount)],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/accounts/:id/members",
    middlewares: [validateAndTransformBody(AdminAddLoyaltyAccountMember)],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/accounts/:id/close",
    middlewares: [validateAndTransformBody(AdminCloseLoyaltyAccount)],
  },

  {
    method: ["GET"],
    matcher: "/admin/loyalty/entries",
    middlewares: [validateAndTransformQuery(AdminGetLoyaltyEntriesParams, plainQuery)],
  },
  {
    method: ["GET"],
    matcher: "/admin/loyalty/entries/export",
    middlewares: [validateAndTransformQuery(AdminExportLoyaltyEntriesParams, plainQuery)],
  },
  {
    method: ["GET"],
    matcher: "/admin/loyalty/entries/totals",
    middlewares: [validateAndTransformQuery(AdminGetLoyaltyEntriesTotalsParams, plainQuery)],
  },
  {
    method: ["GET"],
    matcher: "/admin/loyalty/weekly",
    middlewares: [validateAndTransformQuery(AdminGetLoyaltyWeeklyParams, plainQuery)],
  },
]
