import { planBenefitUse, remainingFor } from "../plan"
import { HeldBenefit, PurchaseLine } from "../types"

const now = new Date("2026-11-25T12:00:00Z")
const later = new Date("2026-12-01T10:00:00Z")

const benefit = (overrides: Partial<HeldBenefit>): HeldBenefit => ({
  id: "cben_1",
  kind: "discount",
  title: "VIP price",
  product_ids: ["prod_gala"],
  variant_ids: null,
  max_products: null,
  max_quantity: null,
  quantity_scope: "per_product",
  early_access_from: null,
  promotion_id: "promo_1",
  ...overrides,
})

const line = (
  product_id: string,
  quantity: number,
  variant_id: string | null = null
): PurchaseLine => ({
  product_id,
  variant_id,
  quantity,
  product_title: product_id === "prod_gala" ? "Opera Gala" : "Ballet Night",
})

const plan = (input: Partial<Parameters<typeof planBenefitUse>[0]>) =>
  planBenefitUse({ lines: [], held: [], used: [], saleStarts: [], now, ...input })

describe("planBenefitUse", () => {
  const saleStarts = [
    { product_id: "prod_gala", public_sale_starts_at: later },
    { product_id: "prod_ballet", public_sale_starts_at: later },
  ]
  const early = (overrides: Partial<HeldBenefit>) =>
    benefit({
      kind: "early_access",
      title: "VIP presale",
      product_ids: ["prod_gala", "prod_ballet"],
      early_access_from: now,
      ...overrides,
    })

  it("refuses early-access items past the per-product limit, saying where the counted ones are", () => {
    const held = [early({ max_quantity: 2 })]
    expect(plan({ held, saleStarts, lines: [line("prod_gala", 2)] })).toEqual({
      uses: [{ benefit_id: "cben_1", product_id: "prod_gala", quantity: 2 }],
      refusals: [],
    })
    const refused = plan({
      held,
      saleStarts,
      lines: [line("prod_gala", 1)],
      used: [{ benefit_id: "cben_1", product_id: "prod_gala", quantity: 1 }],
      inCart: [{ benefit_id: "cben_1", product_id: "prod_gala", quantity: 1 }],
    })
    expect(refused.uses).toEqual([])
    expect(refused.refusals).toEqual([
      expect.objectContaining({
        reason: "quantity_per_product",
        limit: 2,
        remaining: 0,
        message:
          'Your early access "VIP presale" allows 2 of "Opera Gala" before the public sale on 2026-12-01 10:00 UTC: 1 of your 2 was bought before and 1 is in your cart.',
      }),
    ])
  })

  it("counts a total limit across products, and the number of products", () => {
    const total = [early({ max_quantity: 3, quantity_scope: "total" })]
    expect(
      plan({
        held: total,
        saleStarts,
        lines: [line("prod_ballet", 2)],
        inCart: [{ benefit_id: "cben_1", product_id: "prod_gala", quantity: 2 }],
      }).refusals[0].message
    ).toBe(
      'Your early access "VIP presale" allows 3 items in total of the products it opens before the public sale on 2026-12-01 10:00 UTC: 2 of your 3 are in your cart.'
    )
    const oneProduct = [early({ max_products: 1 })]
    const used = [{ benefit_id: "cben_1", product_id: "prod_gala", quantity: 1 }]
    expect(
      plan({ held: oneProduct, saleStarts, used, lines: [line("prod_gala", 4)] }).refusals
    ).toEqual([])
    expect(
      plan({ held: oneProduct, saleStarts, used, lines: [line("prod_ballet", 1)] }).refusals
    ).toEqual([expect.objectContaining({ reason: "products", limit: 1, remaining: 0 })])
  })

  it("never refuses or counts a discount: its limit caps the discounted units", () => {
    expect(plan({ held: [benefit({ max_quantity: 1 })], lines: [line("prod_gala", 3)] })).toEqual({
      uses: [],
      refusals: [],
    })
  })

  it("keeps a product before its public sale start for customers whose early access has opened", () => {
    const saleStarts = [{ product_id: "prod_gala", public_sale_starts_at: later }]
    expect(plan({ saleStarts, lines: [line("prod_gala", 1)] }).refusals).toEqual([
      expect.objectContaining({
        reason: "not_on_sale",
        message: '"Opera Gala" goes on sale on 2026-12-01 10:00 UTC.',
      }),
    ])
    const opensTomorrow = benefit({
      kind: "early_access",
      title: "Presale",
      early_access_from: new Date("2026-11-26T09:00:00Z"),
    })
    expect(
      plan({ saleStarts, held: [opensTomorrow], lines: [line("prod_gala", 1)] }).refusals[0].message
    ).toBe(
      '"Opera Gala" goes on sale on 2026-12-01 10:00 UTC. Your early access ("Presale") opens on 2026-11-26 09:00 UTC.'
    )
    const open = benefit({ kind: "early_access", title: "Presale", early_access_from: now })
    expect(plan({ saleStarts, held: [open], lines: [line("prod_gala", 3)] })).toEqual({
      uses: [{ benefit_id: "cben_1", product_id: "prod_gala", quantity: 3 }],
      refusals: [],
    })
    // After the public sale start nothing is limited or counted.
    expect(plan({ saleStarts, held: [open], lines: [line("prod_gala", 3)], now: later })).toEqual({
      uses: [],
      refusals: [],
    })
  })

  it("uses the roomiest open early access when several would do", () => {
    const saleStarts = [{ product_id: "prod_gala", public_sale_starts_at: later }]
    const small = benefit({
      id: "cben_small",
      kind: "early_access",
      max_quantity: 1,
      early_access_from: now,
    })
    const large = benefit({
      id: "cben_large",
      kind: "early_access",
      max_quantity: 4,
      early_access_from: now,
    })
    const used = [{ benefit_id: "cben_large", product_id: "prod_gala", quantity: 3 }]
    // The large one has 1 left, the small one 1: 2 items fit neither, and the refusal names the roomiest.
    expect(
      plan({ saleStarts, held: [small, large], used, lines: [line("prod_gala", 2)] }).refusals
    ).toEqual([expect.objectContaining({ benefit_id: "cben_large", remaining: 1 })])
    expect(
      plan({ saleStarts, held: [small, large], used, lines: [line("prod_gala", 1)] }).uses
    ).toEqual([{ benefit_id: "cben_large", product_id: "prod_gala", quantity: 1 }])
  })

  it("records a placed order whole, refusing nothing, when not enforcing", () => {
    const held = [early({ max_quantity: 1 })]
    expect(plan({ held, saleStarts, lines: [line("prod_gala", 3)], enforce: false })).toEqual({
      uses: [{ benefit_id: "cben_1", product_id: "prod_gala", quantity: 3 }],
      refusals: [],
    })
  })
})

describe("remainingFor", () => {
  const used = [
    { benefit_id: "cben_1", product_id: "prod_gala", quantity: 2 },
    { benefit_id: "cben_2", product_id: "prod_gala", quantity: 9 },
  ]
  it("answers per product, in total, on a product limit, or null when unlimited", () => {
    expect(remainingFor(benefit({ max_quantity: 5 }), used, "prod_gala")).toBe(3)
    expect(remainingFor(benefit({ max_quantity: 5 }), used, "prod_ballet")).toBe(5)
    expect(
      remainingFor(benefit({ max_quantity: 5, quantity_scope: "total" }), used, "prod_ballet")
    ).toBe(3)
    expect(remainingFor(benefit({ max_products: 1 }), used, "prod_ballet")).toBe(0)
    expect(remainingFor(benefit({}), used, "prod_gala")).toBeNull()
  })
})
