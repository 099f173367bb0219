import { isIsoDate } from "../iso-date"
import { BAD_DATES, GOOD_DATES } from "./bad-dates"

describe("isIsoDate", () => {
  it.each(GOOD_DATES)("accepts %s", (value) => {
    expect(isIsoDate(value)).toBe(true)
  })

  it.each(BAD_DATES.map((value) => [JSON.stringify(value).slice(0, 40), value]))(
    "refuses %s",
    (_name, value) => {
      expect(isIsoDate(value)).toBe(false)
    }
  )
})
