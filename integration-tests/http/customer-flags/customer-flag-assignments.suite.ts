import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import expireCustomerFlagsJob from "../../../src/jobs/expire-customer-flags"
import { CUSTOMER_LOYALTY_MODULE } from "../../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../src/modules/customer-loyalty/service"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"

const DAY = 24 * 60 * 60 * 1000

/** `GET /admin/customers/:id/flags`, the parts these tests read. */
type FlagAssignmentList = { flag_assignments: { id: string; flag: { name: string } }[] }

export function customerFlagAssignmentsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string>; user: { id: string } }
  let container: MedusaContainer
  let customer: { id: string }

  const createFlag = async (body: Record<string, unknown> = {}) =>
    (
      await api.post(
        "/admin/customer-flags",
        {
          name: "VIP",
          abbreviation: "VIP",
          icon: "Star",
          color: "#7C3AED",
          ...body,
        },
        admin
      )
    ).data.customer_flag

  const groupIdsOf = async (customerId: string) => {
    const memberships = await container
      .resolve(Modules.CUSTOMER)
      .listCustomerGroupCustomers({ customer_id: customerId })
    return memberships.map((m) => m.customer_group_id).sort()
  }

  const loyalty = () => container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    customer = await container
      .resolve(Modules.CUSTOMER)
      .createCustomers({ email: "ada@example.com", first_name: "Ada" })
  })

  describe("POST /admin/customers/:id/flags", () => {
    it("assigns a flag and adds the customer to the flag's group", async () => {
      const flag = await createFlag()
      const { status, data } = await api.post(
        `/admin/customers/${customer.id}/flags`,
        { flag_id: flag.id, note: "Met at the opening night" },
        admin
      )
      expect(status).toBe(201)
      expect(data.flag_assignment).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^cflagasg_/),
          flag_id: flag.id,
          customer_id: customer.id,
          source: "manual",
          assigned_by: admin.user.id,
          note: "Met at the opening night",
          expires_at: null,
          removed_at: null,
          flag: expect.objectContaining({ id: flag.id, name: "VIP" }),
        })
      )
      expect(await groupIdsOf(customer.id)).toEqual([flag.customer_group_id])
    })

    it("sets the expiry from the flag: N days after assignment", async () => {
      const flag = await createFlag({
        expiry: { type: "days_after_assignment", days: 10 },
      })
      const before = Date.now()
      const { data } = await api.post(
        `/admin/customers/${customer.id}/flags`,
        { flag_id: flag.id },
        admin
      )
      const expiresAt = Date.parse(data.flag_assignment.expires_at)
      expect(expiresAt).toBeGreaterThanOrEqual(before + 10 * DAY - 1000)
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + 10 * DAY + 1000)
    })

    it("sets the expiry from the flag: a fixed date, unless the request gives one", async () => {
      const flag = await createFlag({
        expiry: { type: "fixed_date", date: "2031-06-30T00:00:00.000Z" },
      })
      const fixed = await api.post(
        `/admin/customers/${customer.id}/flags`,
        { flag_id: flag.id },
        admin
      )
      expect(fixed.data.flag_assignment.expires_at).toBe("2031-06-30T00:00:00.000Z")

      const explicit = await api.post(
        `/admin/customers/${customer.id}/flags`,
        { flag_id: flag.id, expires_at: "2030-01-01T00:00:00.000Z" },
        admin
      )
      expect(explicit.data.flag_assignment.expires_at).toBe("2030-01-01T00:00:00.000Z")
    })

    it("renews: assigning again ends the old assignment and starts a new one", async () => {
      const flag = await createFlag({
        expiry: { type: "days_after_assignment", days: 5 },
      })
      const first = (
        await api.post(
          `/admin/customers/${customer.id}/flags`,
          { flag_id: flag.id, note: "first" },
          admin
        )
      ).data.flag_assignment
      const second = (
        await api.post(
          `/admin/customers/${customer.id}/flags`,
          { flag_id: flag.id, note: "second" },
          admin
        )
      ).data.flag_assignment

      expect(second.id).not.toBe(first.id)
      expect(Date.parse(second.expires_at)).toBeGreaterThanOrEqual(Date.parse(first.expires_at))

      const { data }: { data: FlagAssignmentList } = await api.get(
        `/admin/customers/${customer.id}/flags`,
        admin
      )
      expect(data.flag_assignments.map((a) => a.id)).toEqual([second.id])

      const history = await loyalty().listCustomerFlagAssignments(
        { customer_id: customer.id },
        { order: { created_at: "ASC" } }
      )
      expect(history).toEqual([
        expect.objectContaining({
          id: first.id,
          removal_reason: "renewed",
          removed_at: expect.any(Date),
        }),
        expect.objectContaining({ id: second.id, removed_at: null }),
      ])
      // Still exactly one membership in the mirrored group.
      expect(await groupIdsOf(customer.id)).toEqual([flag.customer_group_id])
    })

    it("answers 404 for an unknown flag or customer, 400 for bad input", async () => {
      const flag = await createFlag()
      await expectError(
        api.post(`/admin/customers/${customer.id}/flags`, { flag_id: "cflag_missing" }, admin),
        404,
        /cflag_missing/
      )
      await expectError(
        api.post("/admin/customers/cus_missing/flags", { flag_id: flag.id }, admin),
        404,
        /cus_missing/
      )
      await expectError(
        api.post(`/admin/customers/${customer.id}/flags`, {}, admin),
        400,
        /flag_id/
      )
      await expectError(
        api.post(
          `/admin/customers/${customer.id}/flags`,
          { flag_id: flag.id, expires_at: "2001-01-01T00:00:00Z" },
          admin
        ),
        400,
        /expires_at/
      )
      await expectError(
        api.post(
          `/admin/customers/${customer.id}/flags`,
          { flag_id: flag.id, expires_at: "soon" },
          admin
        ),
        400,
        /expires_at/
      )
      expect(await groupIdsOf(customer.id)).toEqual([])
    })
  })

  describe("GET /admin/customers/:id/flags", () => {
    it("lists the active flags with their flag, oldest first", async () => {
      const vip = await createFlag()
      const press = await createFlag({ name: "Press", abbreviation: "PR", icon: "Newspaper" })
      await api.post(`/admin/customers/${customer.id}/flags`, { flag_id: vip.id }, admin)
      await api.post(`/admin/customers/${customer.id}/flags`, { flag_id: press.id }, admin)

      const { data }: { data: FlagAssignmentList } = await api.get(
        `/admin/customers/${customer.id}/flags`,
        admin
      )
      expect(data.flag_assignments.map((a) => a.flag.name)).toEqual(["VIP", "Press"])
      expect(data.flag_assignments[0].flag).toEqual(
        expect.objectContaining({ abbreviation: "VIP", color: "#7C3AED", icon: "Star" })
      )
    })

    it("answers 404 for an unknown customer", async () => {
      await expectError(api.get("/admin/customers/cus_missing/flags", admin), 404, /cus_missing/)
    })
  })

  describe("DELETE /admin/customers/:id/flags/:flag_id", () => {
    it("removes the flag, keeps the history and leaves the group", async () => {
      const flag = await createFlag()
      const assigned = (
        await api.post(`/admin/customers/${customer.id}/flags`, { flag_id: flag.id }, admin)
      ).data.flag_assignment

      const { data } = await api.delete(`/admin/customers/${customer.id}/flags/${flag.id}`, admin)
      expect(data).toEqual({
        id: assigned.id,
        object: "customer_flag_assignment",
        deleted: true,
      })

      const active = await api.get(`/admin/customers/${customer.id}/flags`, admin)
      expect(active.data.flag_assignments).toEqual([])
      expect(await groupIdsOf(customer.id)).toEqual([])

      const [kept] = await loyalty().listCustomerFlagAssignments({ id: assigned.id })
      expect(kept).toEqual(
        expect.objectContaining({
          removal_reason: "removed",
          removed_by: admin.user.id,
          removed_at: expect.any(Date),
        })
      )
    })

    it("answers 404 when the customer does not have the flag", async () => {
      const flag = await createFlag()
      await expectError(
        api.delete(`/admin/customers/${customer.id}/flags/${flag.id}`, admin),
        404,
        /does not have/
      )
      await expectError(
        api.delete(`/admin/customers/cus_missing/flags/${flag.id}`, admin),
        404,
        /cus_missing/
      )
    })
  })

  describe("deleting a flag", () => {
    it("ends its assignments as history and drops the customer group", async () => {
      const flag = await createFlag()
      const assigned = (
        await api.post(`/admin/customers/${customer.id}/flags`, { flag_id: flag.id }, admin)
      ).data.flag_assignment

      await api.delete(`/admin/customer-flags/${flag.id}`, admin)

      const { data } = await api.get(`/admin/customers/${customer.id}/flags`, admin)
      expect(data.flag_assignments).toEqual([])
      const [kept] = await loyalty().listCustomerFlagAssignments({ id: assigned.id })
      expect(kept.removal_reason).toBe("flag_deleted")
      expect(await groupIdsOf(customer.id)).toEqual([])
    })
  })

  describe("expiry job", () => {
    it("expires due assignments in one run, keeps them as history and emits customer_flag.expired", async () => {
      const flag = await createFlag({
        expiry: { type: "days_after_assignment", days: 1 },
      })
      const other = await container
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "bo@example.com", first_name: "Bo" })
      const due = (
        await api.post(`/admin/customers/${customer.id}/flags`, { flag_id: flag.id }, admin)
      ).data.flag_assignment
      const notDue = (
        await api.post(`/admin/customers/${other.id}/flags`, { flag_id: flag.id }, admin)
      ).data.flag_assignment
      await loyalty().updateCustomerFlagAssignments({
        id: due.id,
        expires_at: new Date(Date.now() - 60 * 1000),
      })

      const eventBus = container.resolve(Modules.EVENT_BUS)
      const emitted: { name: string; data: unknown }[] = []
      const spy = jest.spyOn(eventBus, "emit").mockImplementation(async (events) => {
        emitted.push(...[events].flat())
      })
      try {
        await expireCustomerFlagsJob(container)
      } finally {
        spy.mockRestore()
      }

      const [expired] = await loyalty().listCustomerFlagAssignments({ id: due.id })
      expect(expired).toEqual(
        expect.objectContaining({
          removal_reason: "expired",
          removed_by: "system",
          removed_at: expect.any(Date),
        })
      )
      const [stillActive] = await loyalty().listCustomerFlagAssignments({ id: notDue.id })
      expect(stillActive.removed_at).toBeNull()

      expect(await groupIdsOf(customer.id)).toEqual([])
      expect(await groupIdsOf(other.id)).toEqual([flag.customer_group_id])

      expect(emitted).toContainEqual(
        expect.objectContaining({
          name: "customer_flag.expired",
          data: { id: due.id, flag_id: flag.id, customer_id: customer.id },
        })
      )

      // Nothing is due any more: a second run changes nothing.
      await expireCustomerFlagsJob(container)
      const history = await loyalty().listCustomerFlagAssignments({
        customer_id: customer.id,
      })
      expect(history).toHaveLength(1)
    })
  })
}
