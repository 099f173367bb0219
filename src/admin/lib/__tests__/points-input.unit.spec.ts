import { adjustmentVerb, formatPointsInput, parsePointsInput } from "../points-input"

describe("parsePointsInput", () => {
  it("reads whole numbers with the locale's grouping and either minus sign", () => {
    expect(parsePointsInput("1,250", "en-US")).toBe(1250)
    expect(parsePointsInput("-1,250", "en-US")).toBe(-1250)
    expect(parsePointsInput("\u22121\u00a0250", "sv-SE")).toBe(-1250)
    expect(parsePointsInput("1 250", "sv-SE")).toBe(1250)
    expect(parsePointsInput("1.250", "de-DE")).toBe(1250)
    expect(parsePointsInput(" 250 ", "en-US")).toBe(250)
  })

  it("reads the locale's decimal separator as one, so a fraction is seen as such", () => {
    expect(parsePointsInput("1,5", "sv-SE")).toBe(1.5)
    expect(parsePointsInput("1.5", "en-US")).toBe(1.5)
  })

  it("refuses what is no number", () => {
    for (const text of ["", "-", "abc", "1e308x", "12-3", "--5"]) {
      expect(parsePointsInput(text, "en-US")).toBeNull()
    }
  })

  it("refuses numbers too big to hold", () => {
    expect(parsePointsInput("9".repeat(400), "en-US")).toBeNull()
  })
})

describe("formatPointsInput", () => {
  it("groups digits the locale's way and keeps a plain minus", () => {
    expect(formatPointsInput("-1250", "en-US")).toBe("-1,250")
    expect(formatPointsInput("1250000", "en-US")).toBe("1,250,000")
    expect(formatPointsInput("-1250", "sv-SE")).toBe("-1\u00a0250")
  })

  it("leaves what is no number as typed", () => {
    expect(formatPointsInput("12abc", "en-US")).toBe("12abc")
  })
})

describe("adjustmentVerb", () => {
  it("says Deduct for negative values only", () => {
    expect(adjustmentVerb(-5)).toBe("Deduct points")
    expect(adjustmentVerb(5)).toBe("Add points")
    expect(adjustmentVerb(0)).toBe("Add points")
    expect(adjustmentVerb(null)).toBe("Add points")
  })
})
