import { limitsInWords, targetsInWords } from "../benefit-format"
import {
  BenefitFormValues,
  benefitFormSchema,
  serverFieldError,
  toBenefitPayload,
  toFormValues,
} from "../benefit-form-values"
import { schemaErrors } from "./schema-errors"

const validateBenefit = (values: BenefitFormValues) => schemaErrors(benefitFormSchema, values)

const form = (changes: Partial<BenefitFormValues>): BenefitFormValues => ({
  ...toFormValues(null, changes.kind),
  title: "VIP presale",
  ...changes,
})

const hamlet = { id: "prod_hamlet", label: "Hamlet" }

describe("benefit limits in words", () => {
  it.each([
    [
      { max_products: 3, max_quantity: 2, quantity_scope: "per_product" as const },
      "2 items per product, on up to 3 products",
    ],
    [{ max_products: null, max_quantity: 5, quantity_scope: "total" as const }, "5 items in total"],
    [
      { max_products: 1, max_quantity: 1, quantity_scope: "per_product" as const },
      "1 item per product, on up to 1 product",
    ],
    [
      { max_products: 4, max_quantity: null, quantity_scope: "per_product" as const },
      "Any number of items, on up to 4 products",
    ],
    [{ max_products: null, max_quantity: null, quantity_scope: "total" as const }, "No limits"],
  ])("%j reads %s", (limits, words) => {
    expect(limitsInWords(limits)).toBe(words)
  })

  it("summarises the targets of a discount on variants or products", () => {
    expect(targetsInWords({ product_ids: null, variant_ids: ["v1", "v2"] })).toBe("2 variants")
    expect(targetsInWords({ product_ids: ["p1"], variant_ids: null })).toBe("1 product")
    expect(targetsInWords({ product_ids: [], variant_ids: [] })).toBe("No products")
  })
})

describe("the benefit form", () => {
  it("sends an early access with its products, date and limits, and nothing of other kinds", () => {
    const from = new Date("2026-12-01T08:00:00Z")
    const payload = toBenefitPayload(
      form({
        kind: "early_access",
        products: [hamlet],
        early_access_from: from,
        limit_quantity: true,
        max_quantity: "2",
        url: "https://left.over/from-another-kind",
      })
    )
    expect(payload).toEqual({
      title: "VIP presale",
      description: null,
      starts_at: null,
      ends_at: null,
      is_active: true,
      product_ids: ["prod_hamlet"],
      early_access_from: from.toISOString(),
      max_products: null,
      max_quantity: 2,
      quantity_scope: "per_product",
    })
  })

  it("sends a discount on variants with the product list cleared, and a currency only for a fixed amount", () => {
    const onVariants = toBenefitPayload(
      form({
        kind: "discount",
        target: "variants",
        products: [hamlet],
        variants: [{ id: "variant_stalls", label: "Stalls" }],
        discount_type: "percentage",
        discount_value: "20",
        currency_code: "sek",
      })
    )
    expect(onVariants).toMatchObject({
      product_ids: null,
      variant_ids: ["variant_stalls"],
      discount_type: "percentage",
      discount_value: 20,
      currency_code: null,
    })
    const fixed = toBenefitPayload(
      form({
        kind: "discount",
        products: [hamlet],
        discount_type: "fixed",
        discount_value: "50",
        currency_code: "sek",
      })
    )
    expect(fixed).toMatchObject({
      product_ids: ["prod_hamlet"],
      variant_ids: null,
      discount_value: 50,
      currency_code: "sek",
    })
  })

  it("refuses what the server would, under the field that is wrong", () => {
    expect(validateBenefit(form({ kind: "early_access" }))).toEqual({
      products: "Choose at least one product.",
      early_access_from: "Choose when these customers may start buying.",
    })
    expect(
      validateBenefit(
        form({
          kind: "discount",
          target: "variants",
          discount_type: "percentage",
          discount_value: "120",
          limit_products: true,
          max_products: "21",
          limit_quantity: true,
          max_quantity: "0",
        })
      )
    ).toEqual({
      variants: "Choose at least one variant.",
      discount_value: "Use a whole percentage from 1 to 100.",
      max_products: "Use a whole number of products from 1 to 20.",
      max_quantity: "Use a whole number of items from 1 to 50.",
    })
    expect(
      validateBenefit(
        form({ kind: "discount", products: [hamlet], discount_type: "fixed", discount_value: "50" })
      )
    ).toEqual({ currency_code: "Choose the currency of the amount." })
    expect(validateBenefit(form({ kind: "offer_link" }))).toEqual({
      url: "Give a URL, a code or both.",
    })
    expect(validateBenefit(form({ kind: "offer_link", url: "example.com/offer" }))).toEqual({
      url: "Use a full URL like https://example.com/offer.",
    })
    expect(validateBenefit(form({ kind: "offer_link", code: "WINTER20" }))).toEqual({})
    expect(validateBenefit(form({ kind: "early_access", title: "  " })).title).toBe(
      "Give the benefit a title."
    )
    expect(
      validateBenefit(
        form({
          kind: "discount",
          products: [hamlet],
          discount_type: "fixed",
          discount_value: "0",
          currency_code: "sek",
        })
      )
    ).toEqual({ discount_value: "Use an amount greater than 0." })
    const many = Array.from({ length: 101 }, (_, i) => ({ id: `prod_${i}`, label: null }))
    expect(validateBenefit(form({ kind: "early_access", products: many })).products).toBe(
      "Choose at most 100."
    )
    expect(
      validateBenefit(
        form({
          kind: "offer_link",
          code: "X",
          starts_at: new Date(2026, 11, 2),
          ends_at: new Date(2026, 11, 1),
        })
      )
    ).toEqual({ ends_at: "End on or after the start date." })
    expect(
      validateBenefit(
        form({
          kind: "offer_link",
          code: "X",
          starts_at: new Date(2026, 11, 1),
          ends_at: new Date(2026, 11, 1),
        })
      )
    ).toEqual({})
  })

  it("puts a 400 under the field it names, the first one the form has", () => {
    expect(
      serverFieldError(
        new Error(
          "Invalid request: Field 'flag_id' is unknown; Field 'max_quantity' must be at most 50 (null for no limit)"
        )
      )
    ).toEqual({
      field: "max_quantity",
      message: "Field 'max_quantity' must be at most 50 (null for no limit)",
    })
    expect(
      serverFieldError(new Error("Field 'product_ids' must list at most 100 ids"))?.field
    ).toBe("products")
    expect(serverFieldError(new Error("Something else broke"))).toBeNull()
  })
})
