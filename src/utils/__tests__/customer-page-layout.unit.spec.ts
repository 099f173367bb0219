import { CUSTOMER_PAGE_PLACEMENTS, withPluginPlacements } from "../customer-page-layout"

describe("withPluginPlacements", () => {
  it("places the plugin's widgets above Medusa's sections in an empty layout", () => {
    expect(withPluginPlacements(null)).toEqual(CUSTOMER_PAGE_PLACEMENTS)
    const flags = CUSTOMER_PAGE_PLACEMENTS["widget:customer-loyalty:customer-flags"]
    const benefits = CUSTOMER_PAGE_PLACEMENTS["widget:customer-loyalty:customer-benefits"]
    // Core sections without a saved order sort at 0.
    expect(flags.order).toBeLessThan(benefits.order!)
    expect(benefits.order).toBeLessThan(0)
  })

  it("keeps what the merchant arranged, and their other widgets", () => {
    const merchant = {
      "widget:customer-loyalty:customer-flags": { section: "side", order: 3 },
      "core:CustomerGeneralSection": { order: 1 },
    }
    expect(withPluginPlacements(merchant)).toEqual({
      ...CUSTOMER_PAGE_PLACEMENTS,
      ...merchant,
    })
  })
})
