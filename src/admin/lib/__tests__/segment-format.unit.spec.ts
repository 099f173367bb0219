import { membersInWords, refreshOutcomeInWords } from "../segment-format"

describe("segment counts in words", () => {
  const group = (n: number) => new Intl.NumberFormat().format(n)

  it("says members in the singular and plural", () => {
    expect(membersInWords(1)).toBe("1 member")
    expect(membersInWords(0)).toBe("0 members")
    expect(membersInWords(12345)).toBe(`${group(12345)} members`)
  })

  it("reports what a refresh changed", () => {
    expect(refreshOutcomeInWords({ entered: 3, left: 1, member_count: 42 })).toBe(
      "3 customers entered and 1 left; 42 members now."
    )
    expect(refreshOutcomeInWords({ entered: 1, left: 0, member_count: 1 })).toBe(
      "1 customer entered; 1 member now."
    )
    expect(refreshOutcomeInWords({ entered: 0, left: 2, member_count: 0 })).toBe(
      "2 customers left; 0 members now."
    )
    expect(refreshOutcomeInWords({ entered: 0, left: 0, member_count: 5 })).toBe(
      "No one entered or left; 5 members."
    )
  })
})
