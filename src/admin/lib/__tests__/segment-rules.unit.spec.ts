import { awaitsValues, newCondition, newGroup } from "../segment-rules"
import { SegmentFieldDefinition } from "../types"

const field = (overrides: Partial<SegmentFieldDefinition>): SegmentFieldDefinition => ({
  field: "order_count",
  label: "Number of orders",
  value_type: "number",
  operators: ["gte", "lte"],
  window: true,
  currency: "none",
  quantities: false,
  key: false,
  ...overrides,
})

describe("awaitsValues", () => {
  const orders = field({})
  const account = field({
    field: "has_account",
    label: "Has an account",
    value_type: "boolean",
    operators: ["exists", "not_exists"],
  })
  const fields = [orders, account]

  it("waits for a condition just added, even inside a nested group", () => {
    const fresh = newCondition(orders, "sek")
    expect(awaitsValues(newGroup("all", [fresh]), fields)).toBe(true)
    expect(awaitsValues(newGroup("all", [newGroup("any", [fresh])]), fields)).toBe(true)
  })

  it("counts once every condition has its value, and operators that take none", () => {
    const filled = newCondition(orders, "sek")
    filled.value.number = "3"
    const noValue = newCondition(account, "sek")
    expect(awaitsValues(newGroup("all", [filled, noValue]), fields)).toBe(false)
    expect(awaitsValues(newGroup("all", [filled, newCondition(orders, "sek")]), fields)).toBe(true)
  })
})
