import { TestEventUtils } from "@medusajs/test-utils"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  forgetCustomerInsightsStepId,
  forgetCustomerWorkflow,
} from "../../../src/workflows/customer-insights/privacy"
import {
  addLoyaltyAccountMemberWorkflow,
  adjustPointsWorkflow,
} from "../../../src/workflows/loyalty"
import { createAdminUser } from "../../helpers/auth"
import { expectLedgerInAgreement, loyaltyOf } from "../loyalty-ledger/fixtures"
import {
  createCustomerWorld,
  CustomerWorld,
  groupsOf,
  insightsOf,
  rowsMentioning,
  snapshotPluginTables,
  sql,
} from "./fixtures"

export function forgetCustomerTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let admin: Awaited<ReturnType<typeof createAdminUser>>
  let world: CustomerWorld

  const deleteCustomer = async (customerId: string) => {
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const forgotten = TestEventUtils.waitSubscribersExecution("customer.deleted", eventBus)
    await api.delete(`/admin/customers/${customerId}`, admin)
    await forgotten
  }

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    world = await createCustomerWorld(container, api, admin)
  })

  afterEach(async () => {
    await expectLedgerInAgreement(container)
  })

  it("forgets a customer deleted in Medusa: nothing in the plugin names them, the points history stays", async () => {
    const { vera, otto } = world
    const loyalty = loyaltyOf(container)
    const entriesBefore = await loyalty.listLoyaltyEntries({ account_id: world.account_id })
    expect(await groupsOf(container, vera.id)).toHaveLength(2) // Flag: VIP, Tier: Gold
    expect(await rowsMentioning(container, vera.id)).not.toEqual({})

    await deleteCustomer(vera.id)

    // Not one row of the plugin's tables holds her id, email, name or what staff wrote about her.
    for (const needle of [
      vera.id,
      "vera.lind@forget.example",
      "Vera",
      "Lind Konsult",
      "556677-8899",
    ]) {
      expect({ needle, rows: await rowsMentioning(container, needle) }).toEqual({
        needle,
        rows: {},
      })
    }

    // Flags: gone, the history too; she left the flag's group and the tier's.
    expect(
      await sql(container, "SELECT id FROM customer_flag_assignment WHERE flag_id = ?", [
        world.press.id,
      ])
    ).toEqual([])
    expect(await groupsOf(container, vera.id)).toEqual([])

    // Segments: her membership is gone, the count follows.
    const members = await sql(container, "SELECT customer_id FROM customer_segment_membership")
    expect(members).toEqual([{ customer_id: otto.id }])
    expect(
      (await api.get(`/admin/segments/${world.segment.id}`, admin)).data.segment.member_count
    ).toBe(1)

    // Benefit usage and redemptions still count, for no one.
    expect(
      await sql(container, "SELECT customer_id, quantity FROM customer_benefit_usage")
    ).toEqual([{ customer_id: "forgotten", quantity: 2 }])
    expect(await sql(container, "SELECT customer_id, points FROM loyalty_redemption")).toEqual([
      { customer_id: "forgotten", points: 50 },
    ])

    // Her membership is closed; its ledger stays without her, and without staff's words on her.
    const account = await loyalty.retrieveLoyaltyAccount(world.account_id)
    expect(account).toEqual(
      expect.objectContaining({
        status: "closed",
        close_reason: "Customer deleted",
        points_available: 0,
        points_pending: 0,
        tier_id: null,
      })
    )
    expect(
      await sql(container, "SELECT id FROM loyalty_account_member WHERE account_id = ?", [
        world.account_id,
      ])
    ).toEqual([])
    const entries = await sql(
      container,
      "SELECT type, points, source, customer_id, description, metadata FROM loyalty_entry WHERE account_id = ? ORDER BY created_at, id",
      [world.account_id]
    )
    expect(entries).toEqual([
      {
        type: "adjust",
        points: 150,
        source: "manual",
        customer_id: null,
        description: null,
        metadata: null,
      },
      {
        type: "earn",
        points: 40,
        source: "order",
        customer_id: null,
        description: "Order #12",
        metadata: null,
      },
      {
        type: "close",
        points: -190,
        source: "system",
        customer_id: null,
        description: "Customer deleted",
        metadata: null,
      },
    ])
    expect(entries).toHaveLength(entriesBefore.length + 1)

    // Notes (deleted ones too), the B2B profile, order facts and sales figures are gone for good.
    const ottosOnly = ["customer_note", "customer_order_fact", "customer_order_line_fact"]
    for (const table of [...ottosOnly, "customer_business_profile", "customer_sales_stats"]) {
      const rows = await sql(container, `SELECT customer_id FROM ${table}`)
      expect({ table, rows }).toEqual({
        table,
        rows: ottosOnly.includes(table) ? [{ customer_id: otto.id }] : [],
      })
    }

    // Otto keeps all that is his.
    expect(await groupsOf(container, otto.id)).toHaveLength(2)
    expect(
      (await api.get(`/admin/customers/${otto.id}/flags`, admin)).data.flag_assignments
    ).toHaveLength(1)
    expect(
      (await api.get(`/admin/customers/${otto.id}/loyalty`, admin)).data.loyalty_account
    ).toEqual(
      expect.objectContaining({
        status: "active",
        balance: expect.objectContaining({ available: 120 }),
      })
    )
  })

  it("takes a household member out and leaves the household's points and other members alone", async () => {
    const { vera, otto } = world
    const loyalty = loyaltyOf(container)
    const [ottoMember] = await loyalty.listLoyaltyAccountMembers({ customer_id: otto.id })
    // Vera joins Otto's membership, bringing her points (her own membership closes).
    await addLoyaltyAccountMemberWorkflow(container).run({
      input: { account_id: ottoMember.account_id as string, customer_id: vera.id },
    })
    await adjustPointsWorkflow(container).run({
      input: {
        customer_id: vera.id,
        points: 10,
        description: "Sorry Vera, late parcel",
        idempotency_key: "adj-3",
      },
    })
    const household = await loyalty.retrieveLoyaltyAccount(ottoMember.account_id as string)

    await deleteCustomer(vera.id)

    expect(await rowsMentioning(container, vera.id)).toEqual({})
    expect(await rowsMentioning(container, "Vera")).toEqual({})
    const after = await loyalty.retrieveLoyaltyAccount(ottoMember.account_id as string, {
      relations: ["members"],
    })
    expect(after).toEqual(
      expect.objectContaining({
        status: "active",
        points_available: household.points_available,
        points_lifetime: household.points_lifetime,
        tier_id: household.tier_id,
      })
    )
    expect(after.members.map((m) => m.customer_id)).toEqual([otto.id])
    // Her entries stay with the household, no longer hers; Otto's still name him.
    const entries = await sql(
      container,
      "SELECT customer_id, source, description FROM loyalty_entry WHERE account_id = ? ORDER BY created_at, id",
      [ottoMember.account_id]
    )
    expect(entries.filter((e) => e.customer_id === otto.id)).toEqual([
      { customer_id: otto.id, source: "manual", description: "Welcome" },
    ])
    expect(entries.filter((e) => e.customer_id === null).map((e) => e.description)).toEqual(
      expect.arrayContaining(["Points moved from another membership", null])
    )
    // Her old membership (closed when she moved) keeps no staff text either.
    const old = await loyalty.retrieveLoyaltyAccount(world.account_id)
    expect(old).toEqual(expect.objectContaining({ status: "closed", close_reason: null }))
    expect(await groupsOf(container, vera.id)).toEqual([])
    expect(await groupsOf(container, otto.id)).toHaveLength(2)
  })

  it("changes nothing more when run again, e.g. on a redelivered event", async () => {
    await deleteCustomer(world.vera.id)
    const once = await snapshotPluginTables(container)
    const { result } = await forgetCustomerWorkflow(container).run({
      input: { customer_ids: [world.vera.id] },
    })
    expect(result.closed_account_ids).toEqual([])
    expect(await snapshotPluginTables(container)).toEqual(once)
  })

  it("puts everything back when a later step fails", async () => {
    const { vera } = world
    const before = await snapshotPluginTables(container)
    const groupsBefore = await groupsOf(container, vera.id)

    const workflow = forgetCustomerWorkflow(container)
    workflow.appendAction("fail", forgetCustomerInsightsStepId, {
      invoke: async () => {
        throw new Error("Forced failure")
      },
    })
    const { errors } = await workflow.run({
      input: { customer_ids: [vera.id] },
      throwOnError: false,
    })
    expect(errors[0]?.error?.message).toBe("Forced failure")

    expect(await snapshotPluginTables(container)).toEqual(before)
    expect(await groupsOf(container, vera.id)).toEqual(groupsBefore)
    expect(
      await insightsOf(container).listCustomerNotes({ customer_id: vera.id }, { withDeleted: true })
    ).toHaveLength(2)
  })
}
