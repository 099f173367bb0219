import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminUser, createPublishableKey, createStoreCustomer } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"

/** URLs that run script, reach no web page, or are no URL at all. */
const NOT_WEB_ADDRESSES = [
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  "  javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "ftp://example.com/offer",
  "//example.com/offer",
  "https://",
  "http://localhost",
  "not a url",
  `https://example.com/${"x".repeat(3000)}`,
  42,
]

export function offerLinkUrlsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let admin: { headers: Record<string, string> }
  let flag: { id: string }

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    flag = (
      await api.post(
        "/admin/customer-flags",
        { name: "Inner circle", abbreviation: "IC", icon: "Star", color: "#7C3AED" },
        admin
      )
    ).data.customer_flag
  })

  const createOffer = (url: unknown) =>
    api.post(
      "/admin/benefits",
      { flag_id: flag.id, kind: "offer_link", title: "Members' evening", url },
      admin
    )

  it("accepts only http(s) URLs for offer links, on create and update, with a 400 naming 'url'", async () => {
    const offer = (await createOffer("https://example.com/evening")).data.benefit
    expect(offer.url).toBe("https://example.com/evening")
    expect((await createOffer("http://example.com")).data.benefit.url).toBe("http://example.com")

    for (const url of NOT_WEB_ADDRESSES) {
      await expectError(createOffer(url), 400, /'url'/)
      await expectError(api.post(`/admin/benefits/${offer.id}`, { url }, admin), 400, /'url'/)
    }
    const { data } = await api.get(`/admin/benefits/${offer.id}`, admin)
    expect(data.benefit.url).toBe("https://example.com/evening")
  })

  it("never serves shoppers a non-http(s) link saved before they were refused", async () => {
    const key = await createPublishableKey(container)
    const shopper = await createStoreCustomer(container, key, "sam@example.com")
    await api.post(`/admin/customers/${shopper.customer.id}/flags`, { flag_id: flag.id }, admin)
    const offer = (await createOffer("https://example.com/evening")).data.benefit
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw(
      `UPDATE customer_benefit SET url = 'javascript:alert(1)', code = 'EVENING' WHERE id = ?`,
      [offer.id]
    )

    const { data } = await api.get("/store/customers/me/offers", shopper)
    expect(data.offers).toEqual([
      expect.objectContaining({ id: offer.id, code: "EVENING", url: null }),
    ])
  })
}
