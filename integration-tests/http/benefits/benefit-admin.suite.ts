import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { expectError } from "../../helpers/expect-error"
import { CheckoutWorld, createCheckoutWorld } from "./checkout-fixtures"

const HOUR = 60 * 60 * 1000

export function benefitAdminTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let world: CheckoutWorld

  sharedFixtures(options, async () => {
    world = await createCheckoutWorld(getContainer(), api)
  })

  const create = (body: Record<string, unknown>) =>
    api.post("/admin/benefits", { flag_id: world.vip.id, title: "VIP", ...body }, world.admin)

  it("refuses discounts and early access that miss what their kind needs, naming the field", async () => {
    const discount = {
      kind: "discount",
      product_ids: [world.gala.id],
      discount_type: "percentage",
      discount_value: 20,
    }
    await expectError(
      create({ ...discount, product_ids: [] }),
      400,
      /Field 'product_ids' or 'variant_ids' must be given for a discount/
    )
    await expectError(
      create({ ...discount, variant_ids: [world.gala.variant_id] }),
      400,
      /one of them, not both/
    )
    await expectError(
      create({ ...discount, discount_value: 150 }),
      400,
      /Field 'discount_value' must be a whole percentage from 1 to 100/
    )
    for (const discount_value of [-5, 0]) {
      await expectError(
        create({ ...discount, discount_value }),
        400,
        /Field 'discount_value' must be greater than 0/
      )
    }
    await expectError(
      create({ ...discount, discount_type: "fixed" }),
      400,
      /Field 'currency_code' is required for a fixed discount/
    )
    for (const discount_value of [1e308, 1_000_000_001]) {
      await expectError(
        create({ ...discount, discount_type: "fixed", currency_code: "sek", discount_value }),
        400,
        /discount_value/
      )
    }
    await expectError(create({ ...discount, currency_code: "kronor" }), 400, /currency_code/)
    await expectError(
      create({ ...discount, max_quantity: 51 }),
      400,
      /field 'max_quantity' too big, expected at most: '50'/
    )
    await expectError(
      create({ ...discount, max_quantity: 1.5 }),
      400,
      /'int' for field 'max_quantity'/
    )
    await expectError(
      create({ ...discount, max_products: 0 }),
      400,
      /field 'max_products' too small, expected at least: '1'/
    )
    await expectError(
      create({ ...discount, max_products: 21 }),
      400,
      /field 'max_products' too big, expected at most: '20'/
    )
    await expectError(
      create({ ...discount, quantity_scope: "each" }),
      400,
      /field 'quantity_scope'/
    )
    await expectError(
      create({ ...discount, early_access_from: new Date().toISOString() }),
      400,
      /Field 'early_access_from' is not used by discount/
    )
    await expectError(
      create({ ...discount, product_ids: ["prod_missing"] }),
      404,
      /Product with id: prod_missing was not found/
    )
    await expectError(
      create({ ...discount, product_ids: undefined, variant_ids: ["variant_missing"] }),
      404,
      /Product variant with id: variant_missing was not found/
    )

    const early = {
      kind: "early_access",
      product_ids: [world.gala.id],
      early_access_from: new Date().toISOString(),
    }
    await expectError(
      create({ ...early, early_access_from: undefined }),
      400,
      /Field 'early_access_from' is required for early access/
    )
    await expectError(
      create({ ...early, product_ids: undefined }),
      400,
      /Field 'product_ids' must list the products/
    )
    await expectError(
      create({ ...early, variant_ids: [world.gala.variant_id] }),
      400,
      /Field 'variant_ids' is not used by early_access/
    )
    await expectError(
      create({ ...early, discount_value: 10 }),
      400,
      /Field 'discount_value' is not used by early_access/
    )

    // An update is checked as the benefit will be.
    const made = (await create({ ...discount, max_quantity: 2 })).data.benefit
    await expectError(
      api.post(`/admin/benefits/${made.id}`, { discount_type: "fixed" }, world.admin),
      400,
      /Field 'currency_code' is required for a fixed discount/
    )
    await expectError(
      api.post(`/admin/benefits/${made.id}`, { product_ids: null }, world.admin),
      400,
      /Field 'product_ids' or 'variant_ids'/
    )
    // Moving a discount from products to variants.
    const moved = (
      await api.post(
        `/admin/benefits/${made.id}`,
        { product_ids: null, variant_ids: [world.ballet.variant_id] },
        world.admin
      )
    ).data.benefit
    expect(moved).toEqual(
      expect.objectContaining({
        product_ids: null,
        variant_ids: [world.ballet.variant_id],
        max_quantity: 2,
      })
    )
    expect(moved.promotion_id).not.toBe(made.promotion_id)
    await expectError(
      api.post(`/admin/benefits/cben_missing`, { title: "x" }, world.admin),
      404,
      /cben_missing/
    )
  })

  it("sets, lists and clears a product's public sale start with the early access that opens it", async () => {
    const path = `/admin/products/${world.gala.id}/sale-start`
    expect((await api.get(path, world.admin)).data).toEqual({
      sale_start: { product_id: world.gala.id, public_sale_starts_at: null },
      early_access: [],
    })
    const opens = new Date(Date.now() + 24 * HOUR)
    const benefit = (
      await create({
        kind: "early_access",
        title: "VIP presale",
        product_ids: [world.gala.id, world.ballet.id],
        early_access_from: opens.toISOString(),
        max_quantity: 4,
        quantity_scope: "total",
      })
    ).data.benefit
    const starts = new Date(Date.now() + 48 * HOUR)
    const set = (await api.post(path, { public_sale_starts_at: starts.toISOString() }, world.admin))
      .data
    expect(set).toEqual({
      sale_start: { product_id: world.gala.id, public_sale_starts_at: starts.toISOString() },
      early_access: [
        {
          id: benefit.id,
          title: "VIP presale",
          is_active: true,
          early_access_from: opens.toISOString(),
          starts_at: null,
          ends_at: null,
          max_products: null,
          max_quantity: 4,
          quantity_scope: "total",
          owner: { type: "flag", id: world.vip.id, name: "VIP Patron" },
        },
      ],
    })
    const moved = new Date(Date.now() + 72 * HOUR)
    expect(
      (await api.post(path, { public_sale_starts_at: moved.toISOString() }, world.admin)).data
        .sale_start.public_sale_starts_at
    ).toBe(moved.toISOString())
    expect(
      (await api.post(path, { public_sale_starts_at: null }, world.admin)).data.sale_start
        .public_sale_starts_at
    ).toBeNull()

    await expectError(
      api.post(path, { public_sale_starts_at: "soon" }, world.admin),
      400,
      /Field 'public_sale_starts_at' must be an ISO 8601 date/
    )
    await expectError(
      api.get(`/admin/products/prod_missing/sale-start`, world.admin),
      404,
      /prod_missing/
    )
    await expectError(
      api.post(
        `/admin/products/prod_missing/sale-start`,
        { public_sale_starts_at: null },
        world.admin
      ),
      404,
      /prod_missing/
    )
  })

  it("shows the shopper their discount and early access with products, limits and what remains, and no flag", async () => {
    await create({
      kind: "discount",
      title: "VIP price",
      description: "20% off the gala",
      product_ids: [world.gala.id],
      discount_type: "percentage",
      discount_value: 20,
      max_quantity: 2,
      max_products: 1,
    })
    await world.giveFlag(world.vera)
    const response = await api.get("/store/customers/me/offers", world.vera)
    expect(response.data.offers).toEqual([
      expect.objectContaining({
        kind: "discount",
        title: "VIP price",
        description: "20% off the gala",
        discount: { type: "percentage", value: 20, currency_code: null },
        limits: {
          max_products: 1,
          max_quantity: 2,
          quantity_scope: "per_product",
          products_used: 0,
          items_used: 0,
        },
        products: [
          {
            id: world.gala.id,
            title: "Opera Gala",
            handle: expect.any(String),
            thumbnail: null,
            remaining: 2,
          },
        ],
      }),
    ])
    expect(JSON.stringify(response.data)).not.toMatch(/VIP Patron|Top donors|cflag_|promo_|Flag: /)
    expect((await api.get("/store/customers/me/offers", world.noah)).data.offers).toEqual([])
  })
}
