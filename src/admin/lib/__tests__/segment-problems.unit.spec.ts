import {
  conditionProblem,
  newCondition,
  newGroup,
  ruleErrorInWords,
  ruleProblems,
} from "../segment-rules"
import { SegmentFieldDefinition } from "../types"

const field = (overrides: Partial<SegmentFieldDefinition>): SegmentFieldDefinition => ({
  field: "order_count",
  label: "Number of orders",
  value_type: "number",
  operators: ["gte", "between"],
  window: true,
  currency: "none",
  quantities: false,
  key: false,
  ...overrides,
})

const orders = field({})
const spent = field({ field: "total_spent", label: "Total spent", currency: "required" })
const domain = field({
  field: "email_domain",
  label: "Email domain",
  value_type: "text",
  operators: ["eq", "in"],
  window: false,
})
const metadata = field({
  field: "metadata",
  label: "Metadata",
  value_type: "metadata",
  operators: ["eq", "exists"],
  window: false,
  key: true,
})
const bought = field({
  field: "purchased_product",
  label: "Bought",
  value_type: "ids",
  operators: ["in"],
  quantities: true,
})
const created = field({
  field: "created_at",
  label: "Signed up",
  value_type: "date",
  operators: ["before", "between", "in_last_days"],
  window: false,
})

describe("conditionProblem", () => {
  it("names what a fresh condition lacks, in words for its kind", () => {
    expect(conditionProblem(newCondition(orders, "sek"), orders)).toBe("Enter a number.")
    expect(conditionProblem(newCondition(spent, "sek"), spent)).toBe("Enter an amount.")
    expect(conditionProblem(newCondition(domain, "sek"), domain)).toBe("Enter a value.")
    expect(conditionProblem(newCondition(bought, "sek"), bought)).toBe("Choose at least one.")
    expect(conditionProblem(newCondition(created, "sek"), created)).toBe("Pick a date.")
    expect(conditionProblem(newCondition(metadata, "sek"), metadata)).toBe(
      "Enter the metadata key to look at."
    )
    expect(conditionProblem(newCondition(orders, "sek"), undefined)).toBe("Choose a field.")
  })

  it("accepts a complete condition, and an operator that takes no value", () => {
    const filled = newCondition(orders, "sek")
    filled.value.number = "3"
    expect(conditionProblem(filled, orders)).toBeNull()
    const exists = { ...newCondition(metadata, "sek"), op: "exists", key: "source" }
    expect(conditionProblem(exists, metadata)).toBeNull()
  })

  it("checks pairs, lists, days and the order window", () => {
    const pair = { ...newCondition(orders, "sek"), op: "between" }
    pair.value = { ...pair.value, number: "5" }
    expect(conditionProblem(pair, orders)).toBe("Enter both numbers.")
    pair.value = { ...pair.value, number2: "2" }
    expect(conditionProblem(pair, orders)).toMatch(/not be greater/)

    const list = { ...newCondition(domain, "sek"), op: "in" }
    list.value = { ...list.value, text: " , ," }
    expect(conditionProblem(list, domain)).toMatch(/at least one value/)

    const days = { ...newCondition(created, "sek"), op: "in_last_days" }
    days.value = { ...days.value, days: "1.5" }
    expect(conditionProblem(days, created)).toMatch(/number of days/)

    const windowed = newCondition(orders, "sek")
    windowed.value.number = "2"
    windowed.window = { type: "days", days: "0", from: null, to: null }
    expect(conditionProblem(windowed, orders)).toMatch(/how many days back/)
    windowed.window = { type: "range", days: "", from: null, to: null }
    expect(conditionProblem(windowed, orders)).toMatch(/start date, an end date/)
  })

  it("checks quantities only where they are given", () => {
    const condition = newCondition(bought, "sek")
    condition.value.ids = [{ id: "prod_1", label: "Ticket" }]
    expect(conditionProblem(condition, bought)).toBeNull()
    condition.min_quantity = "0"
    expect(conditionProblem(condition, bought)).toMatch(/number of items/)
  })
})

describe("ruleProblems", () => {
  it("collects every incomplete condition by uid, nested groups too", () => {
    const done = newCondition(orders, "sek")
    done.value.number = "1"
    const missing = newCondition(spent, "sek")
    const nested = newCondition(domain, "sek")
    const problems = ruleProblems(newGroup("all", [done, missing, newGroup("any", [nested])]), [
      orders,
      spent,
      domain,
    ])
    expect([...problems]).toEqual([
      [missing.uid, "Enter an amount."],
      [nested.uid, "Enter a value."],
    ])
  })
})

describe("ruleErrorInWords", () => {
  it("turns the server's field paths into words", () => {
    expect(ruleErrorInWords("Field 'rules.all[0].value' is required")).toBe(
      "The value is required."
    )
    expect(
      ruleErrorInWords(
        "Field 'rules.any[1].all[0].window.days' must be a whole number from 1 to 36500"
      )
    ).toBe("The number of days must be a whole number from 1 to 36500.")
    expect(
      ruleErrorInWords("Field 'rules.all[2].currency_code' is required for 'total_spent'")
    ).toBe("The currency is required for 'total_spent'.")
  })

  it("leaves other messages alone", () => {
    expect(ruleErrorInWords("Segment with name: Big spenders already exists")).toBe(
      "Segment with name: Big spenders already exists"
    )
  })
})
