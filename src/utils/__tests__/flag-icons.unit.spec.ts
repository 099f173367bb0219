import * as Icons from "@medusajs/icons"
import { BRAND_ICON_NAMES, isOfferedIconName } from "../flag-icons"

const exported = Object.keys(Icons).filter((name) => /^[A-Z]/.test(name))

describe("the icons flags are offered", () => {
  it("leaves out brand logos and keeps UI icons", () => {
    for (const logo of ["Stripe", "Github", "Visa", "Medusa", "X", "Klarna"]) {
      expect(isOfferedIconName(logo)).toBe(false)
    }
    for (const icon of ["Star", "Trophy", "User", "Newspaper", "Sparkles", "XMark", "Gift"]) {
      expect(isOfferedIconName(icon)).toBe(true)
    }
  })

  it("lists only logos that @medusajs/icons exports (a rename would otherwise slip through)", () => {
    expect([...BRAND_ICON_NAMES].filter((name) => !exported.includes(name))).toEqual([])
  })

  it("still offers hundreds of icons", () => {
    expect(exported.filter(isOfferedIconName).length).toBeGreaterThan(300)
  })

  it("refuses names that are no component", () => {
    expect(isOfferedIconName("star")).toBe(false)
    expect(isOfferedIconName("")).toBe(false)
  })
})
