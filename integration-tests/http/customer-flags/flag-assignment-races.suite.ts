import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../src/modules/customer-loyalty/service"
import { createAdminUser } from "../../helpers/auth"

const ROUNDS = 4

type Answer = { status: number; data: { flag_assignment?: unknown } }

/**
 * Issue 14, items 5 and 6: concurrent renewals and removals of one flag on
 * one customer. After any interleaving the customer is in the flag's group
 * exactly when they have an active assignment, and no call answers 400/500.
 */
export function flagAssignmentRacesTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }
  let container: MedusaContainer
  let flag: { id: string; customer_group_id: string }

  const loyalty = () => container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const answer = (request: Promise<Answer>) =>
    request.then(
      ({ status, data }) => ({ status, data }),
      (error) => ({ status: error.response?.status ?? 0, data: error.response?.data })
    )
  const renew = (customerId: string, note: string) =>
    answer(api.post(`/admin/customers/${customerId}/flags`, { flag_id: flag.id, note }, admin))
  const remove = (customerId: string) =>
    answer(api.delete(`/admin/customers/${customerId}/flags/${flag.id}`, admin))

  const stateOf = async (customerId: string) => {
    const active = await loyalty().listCustomerFlagAssignments({
      flag_id: flag.id,
      customer_id: customerId,
      removed_at: null,
    })
    const inGroup = await container.resolve(Modules.CUSTOMER).listCustomerGroupCustomers({
      customer_group_id: flag.customer_group_id,
      customer_id: customerId,
    })
    return { active: active.length, inGroup: inGroup.length }
  }
  const newCustomer = (round: number) =>
    container
      .resolve(Modules.CUSTOMER)
      .createCustomers({ email: `race-${round}-${Date.now()}@example.com` })

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    flag = (
      await answer(
        api.post(
          "/admin/customer-flags",
          { name: "VIP", abbreviation: "VIP", icon: "Star", color: "#7C3AED" },
          admin
        )
      )
    ).data.customer_flag
  })

  it("keeps the group in step with the assignments under 20 mixed renewals and removals", async () => {
    const outcomes: { active: number; inGroup: number }[] = []
    const unexpected: Answer[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const customer = await newCustomer(round)
      // Start from an active assignment so the first removals have something to end.
      expect((await renew(customer.id, "start")).status).toBe(201)

      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2 === 0 ? renew(customer.id, `renew ${i}`) : remove(customer.id)
        )
      )
      // A removal that finds the flag already gone answers 404.
      unexpected.push(
        ...answers.filter(
          ({ status }, i) => !(i % 2 === 0 ? [201, 409] : [200, 404, 409]).includes(status)
        )
      )
      outcomes.push(await stateOf(customer.id))
    }
    for (const { active, inGroup } of outcomes) {
      expect(active).toBeLessThanOrEqual(1)
      expect(inGroup).toBe(active)
    }
    expect(unexpected).toEqual([])
  })

  it("answers parallel identical assignments as renewals, leaving one active assignment", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const customer = await newCustomer(round)
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => renew(customer.id, `same ${i}`))
      )
      const statuses = answers.map(({ status }) => status)
      expect(statuses.filter((status) => ![201, 409].includes(status))).toEqual([])
      const succeeded = answers.filter(({ status }) => status === 201)
      expect(succeeded.length).toBeGreaterThan(0)
      for (const { data } of succeeded) {
        expect(data.flag_assignment).toEqual(
          expect.objectContaining({ flag_id: flag.id, customer_id: customer.id })
        )
      }

      expect(await stateOf(customer.id)).toEqual({ active: 1, inGroup: 1 })
      const history = await loyalty().listCustomerFlagAssignments({
        flag_id: flag.id,
        customer_id: customer.id,
      })
      expect(history).toHaveLength(succeeded.length)
      expect(history.filter((row) => row.removal_reason === "renewed")).toHaveLength(
        succeeded.length - 1
      )
    }
  })
}
