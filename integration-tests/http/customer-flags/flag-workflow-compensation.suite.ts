import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import type { LocalWorkflow } from "@medusajs/framework/orchestration"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CUSTOMER_LOYALTY_MODULE } from "../../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../src/modules/customer-loyalty/service"
import {
  addCustomersToFlagGroupsStepId,
  assignCustomerFlagsWorkflow,
  createCustomerFlagsWorkflow,
  deleteCustomerFlagsWorkflow,
  expireCustomerFlagAssignmentsWorkflow,
  removeCustomerFlagsWorkflow,
  removeCustomersFromFlagGroupsStepId,
  setCustomerFlagSalesChannelsStepId,
  updateCustomerFlagWorkflow,
} from "../../../src/workflows/customer-flags"

/**
 * Each flag workflow is run with a failing action appended after its last
 * writing step; everything it wrote must be undone.
 */
export function flagWorkflowCompensationTests(options: MedusaSuiteOptions) {
  const { getContainer } = options
  let container: MedusaContainer
  let channelA: { id: string }
  let channelB: { id: string }
  let customer: { id: string }

  const loyalty = () => container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const customers = () => container.resolve(Modules.CUSTOMER)

  const failAfter = <W extends Pick<LocalWorkflow, "appendAction">>(
    workflow: W,
    stepId: string
  ) => {
    workflow.appendAction("fail", stepId, {
      invoke: async () => {
        throw new Error("Forced failure after " + stepId)
      },
    })
    return workflow
  }

  const flagChannels = async (flagId: string) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer_flag",
      fields: ["sales_channels.id"],
      filters: { id: flagId },
      withDeleted: true,
    })
    return (data[0]?.sales_channels ?? []).map((c: { id: string } | null) => c!.id)
  }

  const membershipsOf = async (customerId: string) =>
    (await customers().listCustomerGroupCustomers({ customer_id: customerId }))
      .map((m) => m.customer_group_id)
      .sort()

  const createVip = async () => {
    const { result } = await createCustomerFlagsWorkflow(container).run({
      input: {
        flags: [
          {
            name: "VIP",
            abbreviation: "VIP",
            icon: "Star",
            color: "#7C3AED",
            expiry: { type: "days_after_assignment", days: 30 },
            sales_channel_ids: [channelA.id],
          },
        ],
      },
    })
    return result[0]
  }

  const assign = async (flagId: string) =>
    (
      await assignCustomerFlagsWorkflow(container).run({
        input: { assignments: [{ flag_id: flagId, customer_id: customer.id }] },
      })
    ).result[0]

  sharedFixtures(options, async () => {
    container = getContainer()
    ;[channelA, channelB] = await container
      .resolve(Modules.SALES_CHANNEL)
      .createSalesChannels([{ name: "A" }, { name: "B" }])
    customer = await customers().createCustomers({ email: "ada@example.com" })
  })

  it("create: removes the flag, its customer group and its links", async () => {
    const workflow = failAfter(
      createCustomerFlagsWorkflow(container),
      setCustomerFlagSalesChannelsStepId
    )
    const { errors } = await workflow.run({
      input: {
        flags: [
          {
            name: "VIP",
            abbreviation: "VIP",
            icon: "Star",
            color: "#7C3AED",
            sales_channel_ids: [channelA.id],
          },
        ],
      },
      throwOnError: false,
    })
    expect(errors[0].error.message).toMatch(/Forced failure/)

    expect(await loyalty().listCustomerFlags({}, { withDeleted: true })).toEqual([])
    expect(await customers().listCustomerGroups({ name: "Flag: VIP" })).toEqual([])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: "customer_flag_sales_channel",
      fields: ["customer_flag_id"],
    })
    expect(links).toEqual([])
  })

  it("update: restores the fields, the group name and the sales channels", async () => {
    const flag = await createVip()
    const workflow = failAfter(
      updateCustomerFlagWorkflow(container),
      setCustomerFlagSalesChannelsStepId
    )
    const { errors } = await workflow.run({
      input: {
        id: flag.id,
        update: {
          name: "Gold",
          color: "#D4AF37",
          expiry: { type: "none" },
          sales_channel_ids: [channelB.id],
        },
      },
      throwOnError: false,
    })
    expect(errors).toHaveLength(1)

    const restored = await loyalty().retrieveCustomerFlag(flag.id)
    expect(restored).toEqual(
      expect.objectContaining({
        name: "VIP",
        color: "#7C3AED",
        expiry_type: "days_after_assignment",
        expiry_days: 30,
      })
    )
    const group = await customers().retrieveCustomerGroup(flag.customer_group_id!)
    expect(group.name).toBe("Flag: VIP")
    expect(await flagChannels(flag.id)).toEqual([channelA.id])
  })

  it("delete: restores the flag, its group, its links and its assignments", async () => {
    const flag = await createVip()
    const assignment = await assign(flag.id)

    const workflow = failAfter(deleteCustomerFlagsWorkflow(container), "remove-remote-links")
    const { errors } = await workflow.run({
      input: { ids: [flag.id] },
      throwOnError: false,
    })
    expect(errors).toHaveLength(1)

    expect((await loyalty().retrieveCustomerFlag(flag.id)).deleted_at).toBeNull()
    expect(await customers().listCustomerGroups({ id: flag.customer_group_id! })).toHaveLength(1)
    expect(await flagChannels(flag.id)).toEqual([channelA.id])
    const [kept] = await loyalty().listCustomerFlagAssignments({ id: assignment.id })
    expect(kept.removed_at).toBeNull()
    expect(await membershipsOf(customer.id)).toEqual([flag.customer_group_id])
  })

  it("assign (renewal): brings back the old assignment and the memberships", async () => {
    const flag = await createVip()
    const first = await assign(flag.id)

    const other = await customers().createCustomers({ email: "bo@example.com" })
    const workflow = failAfter(
      assignCustomerFlagsWorkflow(container),
      addCustomersToFlagGroupsStepId
    )
    const { errors } = await workflow.run({
      input: {
        assignments: [
          { flag_id: flag.id, customer_id: customer.id },
          { flag_id: flag.id, customer_id: other.id },
        ],
      },
      throwOnError: false,
    })
    expect(errors).toHaveLength(1)

    const all = await loyalty().listCustomerFlagAssignments({})
    expect(all).toEqual([
      expect.objectContaining({ id: first.id, removed_at: null, removal_reason: null }),
    ])
    expect(await membershipsOf(customer.id)).toEqual([flag.customer_group_id])
    expect(await membershipsOf(other.id)).toEqual([])
  })

  it("assign (renewal by a rule): the manual assignment comes back as it was and its lock is free", async () => {
    const flag = await createVip()
    const {
      result: [manual],
    } = await assignCustomerFlagsWorkflow(container).run({
      input: {
        assignments: [{ flag_id: flag.id, customer_id: customer.id, note: "Sponsor" }],
        source: "manual",
        assigned_by: "user_1",
      },
    })

    const workflow = failAfter(
      assignCustomerFlagsWorkflow(container),
      addCustomersToFlagGroupsStepId
    )
    const { errors } = await workflow.run({
      input: {
        assignments: [{ flag_id: flag.id, customer_id: customer.id }],
        source: "purchase_rule",
        source_id: "order_1",
      },
      throwOnError: false,
    })
    expect(errors).toHaveLength(1)

    expect(await loyalty().listCustomerFlagAssignments({})).toEqual([
      expect.objectContaining({
        id: manual.id,
        source: "manual",
        note: "Sponsor",
        assigned_by: "user_1",
        removed_at: null,
        renewal_source: null,
      }),
    ])
    expect(await membershipsOf(customer.id)).toEqual([flag.customer_group_id])

    // The failed run let go of the (flag, customer) lock: the next call does
    // not wait for it to time out.
    const started = Date.now()
    await removeCustomerFlagsWorkflow(container).run({
      input: { pairs: [{ flag_id: flag.id, customer_id: customer.id }] },
    })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(await membershipsOf(customer.id)).toEqual([])
  })

  it("remove: makes the assignment active again and restores the membership", async () => {
    const flag = await createVip()
    const assignment = await assign(flag.id)

    const workflow = failAfter(
      removeCustomerFlagsWorkflow(container),
      removeCustomersFromFlagGroupsStepId
    )
    const { errors } = await workflow.run({
      input: { pairs: [{ flag_id: flag.id, customer_id: customer.id }] },
      throwOnError: false,
    })
    expect(errors).toHaveLength(1)

    const [kept] = await loyalty().listCustomerFlagAssignments({ id: assignment.id })
    expect(kept.removed_at).toBeNull()
    expect(await membershipsOf(customer.id)).toEqual([flag.customer_group_id])

    // Its lock was let go: a renewal right after does not wait for it.
    const started = Date.now()
    await assign(flag.id)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it("expire: makes the assignments active again and restores the memberships", async () => {
    const flag = await createVip()
    const assignment = await assign(flag.id)
    await loyalty().updateCustomerFlagAssignments({
      id: assignment.id,
      expires_at: new Date(Date.now() - 1000),
    })

    const workflow = failAfter(
      expireCustomerFlagAssignmentsWorkflow(container),
      removeCustomersFromFlagGroupsStepId
    )
    const { errors } = await workflow.run({ input: {}, throwOnError: false })
    expect(errors).toHaveLength(1)

    const [kept] = await loyalty().listCustomerFlagAssignments({ id: assignment.id })
    expect(kept.removed_at).toBeNull()
    expect(await membershipsOf(customer.id)).toEqual([flag.customer_group_id])
  })
}
