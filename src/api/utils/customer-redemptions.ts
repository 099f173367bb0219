import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../modules/customer-loyalty/service"
import {
  hasLoyaltyPlugin,
  LOYALTY_PLUGIN_MODULE,
  STORE_CREDIT_MODULE,
} from "../../workflows/loyalty/steps/loyalty-plugin"
import type {
  LoyaltyRewardKind,
  StoreLoyaltyRedemptionListItem,
  StoreLoyaltyRedemptionStatus,
} from "../../client/types"

export type RedemptionStatus = StoreLoyaltyRedemptionStatus

/** A redemption as the routes answer it, before JSON turns its date into text. */
export type StoreRedemption = Omit<StoreLoyaltyRedemptionListItem, "created_at"> & {
  created_at: Date
}

type RedemptionRow = {
  id: string
  reward_id: string
  kind: LoyaltyRewardKind
  amount: unknown
  currency_code: string
  code: string | null
  promotion_id: string | null
  gift_card_id: string | null
  store_credit_account_id: string | null
  created_at: Date
}

/** What a reward's delivery says of it now: whether it can still be spent, and what is left. */
type Delivered = { status: RedemptionStatus; balance: number | null }

/**
 * A customer's own redemptions, newest first, each with the state of what it
 * delivered read from where it lives: a promotion code is used once its
 * single use is taken and expired when the promotion was ended (inactive,
 * deleted, or its campaign over); a gift card or store credit is used when
 * nothing is left on it, a gift card expired past its date. Only this
 * customer's redemptions, never a household member's: the codes are theirs.
 */
export async function listCustomerRedemptions(
  scope: MedusaContainer,
  customerId: string,
  paging: { limit: number; offset: number }
): Promise<{ redemptions: StoreRedemption[]; count: number }> {
  const loyalty = scope.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const [rows, count] = (await loyalty.listAndCountLoyaltyRedemptions(
    { customer_id: customerId },
    { order: { created_at: "DESC", id: "DESC" }, take: paging.limit, skip: paging.offset }
  )) as unknown as [RedemptionRow[], number]
  if (!rows.length) {
    return { redemptions: [], count }
  }

  const rewards = await loyalty.listLoyaltyRewards(
    { id: [...new Set(rows.map((r) => r.reward_id))] },
    { select: ["id", "name", "kind"], withDeleted: true }
  )
  const rewardById = new Map(rewards.map((r) => [r.id, r]))
  const now = new Date()
  const delivered = new Map<string, Delivered>([
    ...(await promotionStates(scope, rows, now)),
    ...(await giftCardStates(scope, rows, now)),
    ...(await storeCreditStates(scope, rows)),
  ])

  return {
    count,
    redemptions: rows.map((row) => {
      const reward = rewardById.get(row.reward_id)
      return {
        id: row.id,
        reward: { id: row.reward_id, name: reward?.name ?? "", kind: reward?.kind ?? row.kind },
        code: row.code,
        amount: Number(row.amount),
        currency_code: row.currency_code,
        // Something not found where it was delivered (removed by staff) can no longer be spent.
        ...(delivered.get(row.id) ?? { status: "expired" as const, balance: null }),
        created_at: row.created_at,
      }
    }),
  }
}

/**
 * What is read of @medusajs/loyalty-plugin's modules (an optional peer,
 * resolved by name: its types are not a dependency).
 */
type StoreCreditModule = {
  listStoreCreditAccounts(
    filters: object,
    config?: object
  ): Promise<{ id: string; balance?: number | string | null }[]>
}
type GiftCardModule = {
  listGiftCards(
    filters: object,
    config?: object
  ): Promise<{ id: string; expires_at: Date | string | null }[]>
}

async function promotionStates(scope: MedusaContainer, rows: RedemptionRow[], now: Date) {
  const withPromotion = rows.filter((r) => r.promotion_id)
  if (!withPromotion.length) {
    return []
  }
  const promotions = await scope.resolve(Modules.PROMOTION).listPromotions(
    { id: withPromotion.map((r) => r.promotion_id!) },
    {
      select: [
        "id",
        "status",
        "limit",
        "used",
        "deleted_at",
        "campaign.ends_at",
        "campaign.starts_at",
      ],
      relations: ["campaign"],
      withDeleted: true,
    }
  )
  // Read with the deleted ones, so `deleted_at` is there to tell them apart.
  const byId = new Map(
    promotions.map((p) => [p.id, p as typeof p & { deleted_at?: Date | string | null }])
  )
  return withPromotion.flatMap((row): [string, Delivered][] => {
    const promotion = byId.get(row.promotion_id!)
    if (!promotion) {
      return []
    }
    const used = promotion.limit != null && Number(promotion.used ?? 0) >= Number(promotion.limit)
    const ended =
      !!promotion.deleted_at ||
      promotion.status !== "active" ||
      (!!promotion.campaign?.ends_at && new Date(promotion.campaign.ends_at) <= now)
    return [[row.id, { status: used ? "used" : ended ? "expired" : "available", balance: null }]]
  })
}

/** The store credit accounts' balances, by account id (the plugin computes them from its transactions). */
async function balances(scope: MedusaContainer, accountIds: string[]) {
  if (!accountIds.length) {
    return new Map<string, number>()
  }
  const accounts = await scope
    .resolve<StoreCreditModule>(STORE_CREDIT_MODULE)
    .listStoreCreditAccounts({ id: [...new Set(accountIds)] }, { select: ["id"] })
  return new Map(accounts.map((a) => [a.id as string, Number(a.balance ?? 0)]))
}

async function giftCardStates(scope: MedusaContainer, rows: RedemptionRow[], now: Date) {
  const withCard = rows.filter((r) => r.gift_card_id)
  if (!withCard.length || !hasLoyaltyPlugin(scope)) {
    return []
  }
  const cardIds = withCard.map((r) => r.gift_card_id!)
  const cards = await scope
    .resolve<GiftCardModule>(LOYALTY_PLUGIN_MODULE)
    .listGiftCards({ id: cardIds }, { select: ["id", "expires_at"] })
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "gift_card_store_credit_account",
    fields: ["gift_card_id", "store_credit_account_id"],
    filters: { gift_card_id: cardIds },
  })
  const accountOfCard = new Map(
    links.map((l: { gift_card_id: string; store_credit_account_id: string }) => [
      l.gift_card_id,
      l.store_credit_account_id,
    ])
  )
  const left = await balances(scope, [...accountOfCard.values()])
  const cardById = new Map(cards.map((c) => [c.id as string, c]))
  return withCard.flatMap((row): [string, Delivered][] => {
    const card = cardById.get(row.gift_card_id!)
    if (!card) {
      return []
    }
    const balance = left.get(accountOfCard.get(card.id) ?? "") ?? 0
    const expired = !!card.expires_at && new Date(card.expires_at) <= now
    return [
      [row.id, { status: balance <= 0 ? "used" : expired ? "expired" : "available", balance }],
    ]
  })
}

/**
 * Store credit lands on the customer's one account in the currency, so what
 * is left is the account's balance, shared by every credit on it.
 */
async function storeCreditStates(scope: MedusaContainer, rows: RedemptionRow[]) {
  const withCredit = rows.filter((r) => r.store_credit_account_id)
  if (!withCredit.length || !scope.hasRegistration(STORE_CREDIT_MODULE)) {
    return []
  }
  const left = await balances(
    scope,
    withCredit.map((r) => r.store_credit_account_id!)
  )
  return withCredit.flatMap((row): [string, Delivered][] => {
    if (!left.has(row.store_credit_account_id!)) {
      return []
    }
    const balance = left.get(row.store_credit_account_id!)!
    return [[row.id, { status: balance <= 0 ? "used" : "available", balance }]]
  })
}
