import { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_LOYALTY_MODULE } from "../../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../src/modules/customer-loyalty/service"
import { answerOf } from "../../helpers/expect-error"

export const loyaltyService = (container: MedusaContainer) =>
  container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)

/**
 * Sends every request and checks each fails with `status` and a message
 * matching its pattern; reports all mismatches at once (one test, one
 * database reset, many cases).
 */
export async function expectErrors(
  cases: [string, () => Promise<unknown>, RegExp][],
  status = 400
) {
  const mismatches: string[] = []
  for (const [label, send, pattern] of cases) {
    const outcome: { status?: number; message?: string } = await send().then(
      (response) => ({ status: (response as { status: number }).status, message: "(succeeded)" }),
      (error: unknown) => ({
        status: answerOf(error)?.status,
        message: answerOf(error)?.data?.message,
      })
    )
    if (outcome.status !== status || !pattern.test(String(outcome.message))) {
      mismatches.push(`${label}: ${outcome.status} ${outcome.message}`)
    }
  }
  expect(mismatches).toEqual([])
}

/** The kept balances of an account, and what its ledger says they are. */
export async function balancesOf(container: MedusaContainer, accountId: string) {
  const service = loyaltyService(container)
  const account = await service.retrieveLoyaltyAccount(accountId)
  const ledger = await service.computeLedgerBalances(accountId)
  return {
    kept: {
      available: account.points_available,
      pending: account.points_pending,
      lifetime: account.points_lifetime,
    },
    ledger: {
      available: ledger.available,
      pending: ledger.pending,
      lifetime: ledger.lifetime,
    },
  }
}

/** The parts of the admin API's answers the loyalty suites read. */
export type AdminLoyaltyEntry = {
  id: string
  type: string
  points: number
  customer_id: string
  description: string | null
}

/** `GET /admin/customers/:id/loyalty/entries` and `GET /admin/loyalty/entries`. */
export type AdminLoyaltyEntryList = {
  entries: AdminLoyaltyEntry[]
  count: number
  next_cursor: string | null
  offset: number
  limit: number
}

/** `GET /admin/loyalty/entries`: the list and totals over the whole filter. */
export type AdminLoyaltyEntryReport = AdminLoyaltyEntryList & {
  totals: Record<"earned" | "redeemed" | "adjusted" | "expired" | "reversed" | "net", number>
}

export type AdminLoyaltyAccount = {
  id: string
  member_number: string
  balance: { available: number; pending: number; lifetime: number }
  members: { customer_id: string }[]
}

/** `GET /admin/loyalty/accounts`. */
export type AdminLoyaltyAccountList = {
  loyalty_accounts: AdminLoyaltyAccount[]
  count: number
  next_cursor: string | null
  offset: number
  limit: number
}
