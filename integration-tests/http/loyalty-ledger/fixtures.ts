import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { CUSTOMER_LOYALTY_MODULE } from "../../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../src/modules/customer-loyalty/service"

export const loyaltyOf = (container: MedusaContainer) =>
  container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)

export async function createCustomer(container: MedusaContainer, email: string) {
  return await container
    .resolve(Modules.CUSTOMER)
    .createCustomers({ email, first_name: email.split("@")[0] })
}

/** A placed order without tax or shipping: its items' total is what counts. */
export async function createOrder(
  container: MedusaContainer,
  {
    customer_id,
    currency_code = "sek",
    items,
  }: {
    customer_id: string
    currency_code?: string
    items: {
      title?: string
      quantity: number
      unit_price: number
      product_id?: string
      variant_id?: string
    }[]
  }
) {
  const regions = container.resolve(Modules.REGION)
  const [region] =
    (await regions.listRegions({ currency_code })).length > 0
      ? await regions.listRegions({ currency_code })
      : [await regions.createRegions({ name: currency_code.toUpperCase(), currency_code })]
  const { result } = await createOrderWorkflow(container).run({
    input: {
      region_id: region.id,
      currency_code,
      customer_id,
      // The customer's own email: another one would make Medusa create a guest.
      email: (await container.resolve(Modules.CUSTOMER).retrieveCustomer(customer_id)).email,
      items: items.map((item, i) => ({
        title: item.title ?? `Item ${i + 1}`,
        quantity: item.quantity,
        unit_price: item.unit_price,
        product_id: item.product_id,
        variant_id: item.variant_id,
      })),
    },
  })
  return result
}

/** Every account's kept balances must equal what its ledger says. */
export async function expectLedgerInAgreement(container: MedusaContainer) {
  const service = loyaltyOf(container)
  const accounts = await service.listLoyaltyAccounts({})
  for (const account of accounts) {
    const ledger = await service.computeLedgerBalances(account.id)
    expect({
      id: account.id,
      available: account.points_available,
      pending: account.points_pending,
      lifetime: account.points_lifetime,
      total: account.points_available + account.points_pending,
    }).toEqual({ id: account.id, ...ledger })
    expect(account.points_available).toBeGreaterThanOrEqual(0)
    expect(account.points_pending).toBeGreaterThanOrEqual(0)
  }
}

export async function accountOfCustomer(container: MedusaContainer, customerId: string) {
  const [member] = await loyaltyOf(container).listLoyaltyAccountMembers(
    { customer_id: customerId },
    { relations: ["account"] }
  )
  return member?.account
}
