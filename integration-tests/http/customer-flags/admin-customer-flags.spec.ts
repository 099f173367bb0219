import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/auth"

jest.setTimeout(60 * 1000)

const vip = {
  name: "VIP",
  abbreviation: "VIP",
  icon: "Star",
  color: "#7C3AED",
  display: "card",
  expiry: { type: "days_after_assignment", days: 30 },
  description: "Our best customers",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await createAdminUser(getContainer())
    })

    describe("POST /admin/customer-flags", () => {
      it("creates a flag with its mirrored customer group", async () => {
        const { status, data } = await api.post(
          "/admin/customer-flags",
          vip,
          admin
        )
        expect(status).toBe(201)
        expect(data.customer_flag).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^cflag_/),
            name: "VIP",
            abbreviation: "VIP",
            icon: "Star",
            color: "#7C3AED",
            display: "card",
            expiry: { type: "days_after_assignment", days: 30 },
            sales_channel_ids: [],
            customer_group_id: expect.stringMatching(/^cusgroup_/),
          })
        )

        const group = await getContainer()
          .resolve(Modules.CUSTOMER)
          .retrieveCustomerGroup(data.customer_flag.customer_group_id)
        expect(group.name).toBe("Flag: VIP")
      })
    })
  },
})
