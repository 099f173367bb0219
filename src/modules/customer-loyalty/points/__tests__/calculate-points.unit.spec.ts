import { calculatePoints, EarnRuleLike, PointsItem } from "../calculate-points"

const at = new Date("2030-05-15T12:00:00Z")
const rule = (overrides: Partial<EarnRuleLike>): EarnRuleLike => ({
  id: "lrule_1",
  target_type: "all",
  target_id: null,
  points_per_item: null,
  multiplier: null,
  starts_at: null,
  ends_at: null,
  is_active: true,
  ...overrides,
})
const item = (overrides: Partial<PointsItem> = {}): PointsItem => ({
  id: "item_1",
  quantity: 1,
  amount: 100,
  product_id: "prod_1",
  variant_id: "variant_1",
  collection_id: "pcol_1",
  category_ids: ["pcat_1"],
  ...overrides,
})

describe("calculatePoints", () => {
  it("earns the rate per currency unit, rounded down per line", () => {
    const result = calculatePoints({
      items: [item({ amount: "99.99" }), item({ id: "item_2", amount: "0.5" })],
      rate: 1,
      rules: [],
      at,
    })
    expect(result.points).toBe(99)
    expect(result.lines.map((l) => l.points)).toEqual([99, 0])
  })

  it("uses the currency's rate (10 points per euro)", () => {
    expect(
      calculatePoints({ items: [item({ amount: "12.34" })], rate: 10, rules: [], at }).points
    ).toBe(123)
  })

  it("earns nothing from the amount without a rate, but fixed points still count", () => {
    const result = calculatePoints({
      items: [item({ quantity: 3 })],
      rate: undefined,
      rules: [rule({ target_type: "product", target_id: "prod_1", points_per_item: 25 })],
      at,
    })
    expect(result.points).toBe(75)
  })

  it.each([
    ["product", "prod_1", true],
    ["product", "prod_2", false],
    ["variant", "variant_1", true],
    ["collection", "pcol_1", true],
    ["collection", "pcol_9", false],
    ["category", "pcat_1", true],
    ["category", "pcat_9", false],
    ["service", "prod_1", true],
    ["service", "variant_1", true],
    ["all", null, true],
  ] as const)("a %s rule for %s matches: %s", (target_type, target_id, matches) => {
    const result = calculatePoints({
      items: [item()],
      rate: 1,
      rules: [rule({ target_type, target_id, multiplier: 2 })],
      at,
    })
    expect(result.points).toBe(matches ? 200 : 100)
  })

  it("takes the highest multiplier and adds every fixed amount", () => {
    const result = calculatePoints({
      items: [item({ quantity: 2, amount: 50 })],
      rate: 1,
      rules: [
        rule({ id: "a", multiplier: 2 }),
        rule({ id: "b", target_type: "product", target_id: "prod_1", multiplier: "1.5" }),
        rule({ id: "c", target_type: "variant", target_id: "variant_1", points_per_item: 10 }),
        rule({ id: "d", target_type: "category", target_id: "pcat_1", points_per_item: 5 }),
      ],
      at,
    })
    expect(result.lines[0]).toEqual(
      expect.objectContaining({ multiplier: "2", fixed_points: 30, points: 130 })
    )
  })

  it("applies campaigns only between their dates, and never inactive rules", () => {
    const campaign = rule({
      multiplier: 2,
      starts_at: "2030-05-01T00:00:00Z",
      ends_at: "2030-05-31T23:59:59Z",
    })
    expect(calculatePoints({ items: [item()], rate: 1, rules: [campaign], at }).points).toBe(200)
    expect(
      calculatePoints({
        items: [item()],
        rate: 1,
        rules: [campaign],
        at: new Date("2030-06-01T00:00:00Z"),
      }).points
    ).toBe(100)
    expect(
      calculatePoints({ items: [item()], rate: 1, rules: [{ ...campaign, is_active: false }], at })
        .points
    ).toBe(100)
  })

  it("multiplies the amount's points by the tier on top of the rules, but not fixed points", () => {
    const result = calculatePoints({
      items: [item({ amount: "33.33", quantity: 2 })],
      rate: 1,
      rules: [rule({ id: "a", multiplier: 2 }), rule({ id: "b", points_per_item: 5 })],
      at,
      tier_multiplier: "1.5",
    })
    // 33.33 × 2 × 1.5 = 99.99 → 99, plus 5 × 2 fixed
    expect(result.points).toBe(109)
    expect(result.tier_multiplier).toBe("1.5")
    expect(result.lines[0]).toEqual(expect.objectContaining({ multiplier: "2", fixed_points: 10 }))
  })

  it("reads a missing or non-positive tier multiplier as 1", () => {
    for (const tier_multiplier of [null, undefined, 0, -2]) {
      const result = calculatePoints({ items: [item()], rate: 1, rules: [], at, tier_multiplier })
      expect(result.points).toBe(100)
      expect(result.tier_multiplier).toBe("1")
    }
  })

  it("never earns from a negative amount", () => {
    expect(calculatePoints({ items: [item({ amount: -20 })], rate: 1, rules: [], at }).points).toBe(
      0
    )
  })
})
