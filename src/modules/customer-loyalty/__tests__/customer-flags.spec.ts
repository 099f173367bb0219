import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOMER_LOYALTY_MODULE } from ".."
import CustomerLoyaltyModuleService from "../service"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(180 * 1000)

const flagData = {
  name: "VIP",
  abbreviation: "VIP",
  icon: "Star",
  color: "#7C3AED",
  expiry_type: "none" as const,
}

moduleIntegrationTestRunner<CustomerLoyaltyModuleService>({
  moduleName: CUSTOMER_LOYALTY_MODULE,
  resolve: "./src/modules/customer-loyalty",
  testSuite: ({ service }) => {
    const assign = (flag_id: string, customer_id: string, extra = {}) =>
      service.createCustomerFlagAssignments({
        flag_id,
        customer_id,
        assigned_at: new Date(),
        ...extra,
      })

    describe("customer flags", () => {
      it("creates flags with prefixed ids and defaults", async () => {
        const flag = await service.createCustomerFlags(flagData)
        expect(flag).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^cflag_/),
            display: "card",
            expiry_type: "none",
            expiry_date: null,
            expiry_days: null,
          })
        )
      })

      it("keeps names unique among flags that are not deleted", async () => {
        const flag = await service.createCustomerFlags(flagData)
        await expect(service.createCustomerFlags(flagData)).rejects.toThrow()

        await service.softDeleteCustomerFlags([flag.id])
        const again = await service.createCustomerFlags(flagData)
        expect(again.id).not.toBe(flag.id)
      })

      it("finds flags by free text on the name", async () => {
        await service.createCustomerFlags([
          flagData,
          { ...flagData, name: "Staff", abbreviation: "ST" },
        ])
        const found = await service.listCustomerFlags({ q: "taf" })
        expect(found.map((f) => f.name)).toEqual(["Staff"])
      })
    })

    describe("customer flag assignments", () => {
      it("allows one active assignment per flag and customer", async () => {
        const flag = await service.createCustomerFlags(flagData)
        const first = await assign(flag.id, "cus_1")
        await expect(assign(flag.id, "cus_1")).rejects.toThrow()

        // Once ended, the pair may be assigned again; history is kept.
        await service.updateCustomerFlagAssignments({
          id: first.id,
          removed_at: new Date(),
          removal_reason: "removed",
        })
        await assign(flag.id, "cus_1")
        const history = await service.listCustomerFlagAssignments({
          customer_id: "cus_1",
        })
        expect(history).toHaveLength(2)
      })

      it("expires due assignments in one statement and returns them", async () => {
        const flag = await service.createCustomerFlags(flagData)
        const now = new Date("2030-01-10T12:00:00Z")
        const due = await assign(flag.id, "cus_due", {
          expires_at: new Date("2030-01-10T11:59:59Z"),
        })
        const exact = await assign(flag.id, "cus_exact", { expires_at: now })
        const later = await assign(flag.id, "cus_later", {
          expires_at: new Date("2030-01-11T00:00:00Z"),
        })
        const never = await assign(flag.id, "cus_never")
        const alreadyRemoved = await assign(flag.id, "cus_removed", {
          expires_at: new Date("2030-01-01T00:00:00Z"),
          removed_at: new Date("2029-12-31T00:00:00Z"),
          removal_reason: "removed",
        })

        const expired = await service.expireDueFlagAssignments(now)
        expect(expired.map((row) => row.id).sort()).toEqual([due.id, exact.id].sort())
        expect(expired).toContainEqual({
          id: due.id,
          flag_id: flag.id,
          customer_id: "cus_due",
        })

        const rows = await service.listCustomerFlagAssignments(
          { id: [due.id, later.id, never.id, alreadyRemoved.id] },
          { order: { customer_id: "ASC" } }
        )
        const byCustomer = Object.fromEntries(rows.map((r) => [r.customer_id, r]))
        expect(byCustomer.cus_due).toEqual(
          expect.objectContaining({
            removed_at: now,
            removed_by: "system",
            removal_reason: "expired",
          })
        )
        expect(byCustomer.cus_later.removed_at).toBeNull()
        expect(byCustomer.cus_never.removed_at).toBeNull()
        expect(byCustomer.cus_removed.removal_reason).toBe("removed")

        expect(await service.expireDueFlagAssignments(now)).toEqual([])
      })

      it("reactivates ended assignments", async () => {
        const flag = await service.createCustomerFlags(flagData)
        const assignment = await assign(flag.id, "cus_1", {
          expires_at: new Date("2020-01-01T00:00:00Z"),
        })
        await service.expireDueFlagAssignments()
        await service.reactivateFlagAssignments([assignment.id])

        const [row] = await service.listCustomerFlagAssignments({
          id: assignment.id,
        })
        expect(row).toEqual(
          expect.objectContaining({
            removed_at: null,
            removed_by: null,
            removal_reason: null,
          })
        )
      })
    })
  },
})
