import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, createPublishableKey, createStoreCustomer } from "../../helpers/auth"
import { storeResponses } from "../../helpers/store-responses"

// Distinctive strings: none of them may appear in any store response.
const SECRETS = {
  company: "Fjordvik Hemmelig Handel AS",
  organisation_number: "987 654 321 MVA",
  website: "https://fjordvik-hemmelig.example",
  note: "Slow payer, ask for prepayment",
}

/**
 * The B2B profile and staff notes are for staff. A logged-in shopper who
 * has both must not learn them from any store route, even when asking for
 * the linked records by name in `fields`.
 */
export function storeB2bLeakTests({ api, getContainer }: MedusaSuiteOptions) {
  it("no store response reveals the shopper's company, organisation number or staff notes", async () => {
    const container = getContainer()
    const admin = await createAdminUser(container)
    const shopper = await createStoreCustomer(container, await createPublishableKey(container))
    const region = await container
      .resolve(Modules.REGION)
      .createRegions({ name: "Norway", currency_code: "nok", countries: ["no"] })

    const base = `/admin/customers/${shopper.customer.id}`
    await api.post(
      `${base}/b2b-profile`,
      {
        company: SECRETS.company,
        organisation_number: SECRETS.organisation_number,
        website: SECRETS.website,
        allowed_outstanding_amount: 25000,
        currency_code: "nok",
        risk_rating: "high",
      },
      admin
    )
    await api.post(`${base}/notes`, { body: SECRETS.note }, admin)
    // The admin really sees them.
    expect(JSON.stringify((await api.get(`${base}/b2b-profile`, admin)).data)).toContain(
      SECRETS.company
    )

    const cart = (await api.post("/store/carts", { region_id: region.id }, shopper)).data.cart
    const paths = [
      "/store/customers/me",
      "/store/customers/me?fields=*customer_business_profile",
      "/store/customers/me?fields=+customer_business_profile.company,+customer_business_profile.organisation_number",
      "/store/customers/me?fields=*customer_business_profiles",
      "/store/customers/me?fields=*customer_note,*customer_notes",
      "/store/customers/me?fields=*",
      "/store/customers/me?fields=+metadata,+company_name",
      "/store/customers/me/addresses",
      "/store/customers/me/offers",
      "/store/customers/me/loyalty",
      "/store/orders",
      `/store/carts/${cart.id}`,
      `/store/carts/${cart.id}?fields=*customer,*customer.customer_business_profile`,
      `/store/carts/${cart.id}?fields=+customer.customer_business_profile.company`,
    ]
    const everything = await storeResponses(api, shopper, paths, [cart])
    // The shopper was really logged in and got their own data.
    expect(everything).toContain(shopper.customer.id)
    expect(everything).toContain("shopper@example.com")
    for (const secret of Object.values(SECRETS)) {
      expect(everything).not.toContain(secret)
    }
    expect(everything).not.toMatch(/cbiz_|cnote_/)
  })
}
