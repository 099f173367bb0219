import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  assignCustomerFlagsWorkflow,
  createCustomerFlagsWorkflow,
} from "../../../src/workflows/customer-flags"
import { createPublishableKey, createStoreCustomer } from "../../helpers/auth"
import { createCustomerBenefitWorkflow } from "../../../src/workflows/benefits"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(180 * 1000)

// Distinctive strings: none of them may appear in any store response.
const SECRETS = {
  name: "Quietly Blocked Zebra",
  abbreviation: "QBZ",
  description: "Internal: refunds abused in 2025",
  note: "Do not sell front-row seats",
}

/**
 * Flags are internal. A logged-in shopper who has a flag must not be able to
 * learn its name, abbreviation, description or note from any store route,
 * even when asking for extra fields.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("no store response reveals the shopper's flags", async () => {
      const container = getContainer()
      const publishableKey = await createPublishableKey(container)
      const shopper = await createStoreCustomer(container, publishableKey)
      const region = await container
        .resolve(Modules.REGION)
        .createRegions({ name: "Sweden", currency_code: "sek", countries: ["se"] })

      const { result: flags } = await createCustomerFlagsWorkflow(container).run({
        input: {
          flags: [
            {
              name: SECRETS.name,
              abbreviation: SECRETS.abbreviation,
              icon: "ExclamationCircle",
              color: "#E11D48",
              description: SECRETS.description,
            },
          ],
        },
      })
      // The flag gives an offer: the offer shows, the flag must not.
      await createCustomerBenefitWorkflow(container).run({
        input: { flag_id: flags[0].id, kind: "offer_link", title: "Early bird", code: "EARLY" },
      })
      await assignCustomerFlagsWorkflow(container).run({
        input: {
          assignments: [
            { flag_id: flags[0].id, customer_id: shopper.customer.id, note: SECRETS.note },
          ],
        },
      })

      const cart = (
        await api.post("/store/carts", { region_id: region.id }, shopper)
      ).data.cart

      const paths = [
        "/store/customers/me",
        "/store/customers/me?fields=*groups",
        "/store/customers/me?fields=+groups.name",
        "/store/customers/me?fields=*orders",
        "/store/customers/me?fields=+metadata",
        "/store/customers/me/addresses",
        "/store/customers/me/offers",
        "/store/customers/me/loyalty",
        "/store/orders",
        "/store/products",
        "/store/regions",
        "/store/collections",
        "/store/product-categories",
        `/store/carts/${cart.id}`,
        `/store/carts/${cart.id}?fields=*customer,*customer.groups`,
        `/store/carts/${cart.id}?fields=+customer.groups.name`,
      ]

      const bodies: string[] = [JSON.stringify(cart)]
      for (const path of paths) {
        const response = await api
          .get(path, shopper)
          .catch((error: any) => error.response)
        expect(response.status).toBeLessThan(500)
        bodies.push(JSON.stringify(response.data))
      }

      const everything = bodies.join("\n")
      // The shopper was really logged in and got their own data.
      expect(everything).toContain(shopper.customer.id)
      expect(everything).toContain("shopper@example.com")
      expect(everything).toContain("Early bird")
      for (const secret of [...Object.values(SECRETS), "Flag: "]) {
        expect(everything).not.toContain(secret)
      }
    })
  },
})
