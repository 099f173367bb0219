import { SegmentFieldDefinition, segmentFieldDefinition, SEGMENT_FIELDS } from "./catalog"
import { isIsoDate, MAX_DATE_YEAR, MIN_DATE_YEAR } from "../utils/iso-date"
import { SegmentCondition, SegmentRuleNode, SegmentRules, SegmentWindow } from "./types"

export type SegmentRuleError = { path: string; message: string }

export type ParsedSegmentRules =
  { rules: SegmentRules; errors?: undefined } | { rules?: undefined; errors: SegmentRuleError[] }

/** Deep enough for any real segment, small enough to keep the SQL sane. */
const MAX_DEPTH = 6
const MAX_CONDITIONS = 100
const MAX_IDS = 1000
const MAX_DAYS = 36500

const CONDITION_KEYS = new Set([
  "field",
  "op",
  "value",
  "currency_code",
  "window",
  "min_quantity",
  "min_orders",
  "key",
])

const FIELD_NAMES = SEGMENT_FIELDS.map((definition) => definition.field).join(", ")
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
// Offsets only as far as real timezones go: PostgreSQL refuses past ±15:59.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-](0\d|1[0-4]):?[0-5]\d)$/

const YEARS = `in the years ${MIN_DATE_YEAR} to ${MAX_DATE_YEAR}`

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const isWholeNumber = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max

/** `YYYY-MM-DD` (a day in the segment timezone) or an ISO date-time with offset. */
export const isSegmentDate = (value: unknown): value is string =>
  typeof value === "string" && (DATE_ONLY.test(value) || DATE_TIME.test(value)) && isIsoDate(value)

/**
 * Checks a rule tree from a request and returns it normalised (currency
 * codes and email domains in lower case), or every problem found, each with
 * the path of the offending part, e.g. `rules.all[2].op`.
 */
export function parseSegmentRules(input: unknown, root = "rules"): ParsedSegmentRules {
  const errors: SegmentRuleError[] = []
  let conditions = 0
  const fail = (path: string, message: string) => {
    errors.push({ path, message })
    return undefined
  }

  const node = (value: unknown, path: string, depth: number): SegmentRuleNode | undefined => {
    if (!isObject(value)) {
      return fail(path, "must be a group ({ all: [...] } or { any: [...] }) or a condition")
    }
    if ("all" in value || "any" in value) {
      return group(value, path, depth)
    }
    return condition(value, path)
  }

  const group = (value: Record<string, unknown>, path: string, depth: number) => {
    const keys = Object.keys(value)
    if (keys.length !== 1) {
      return fail(path, "a group has exactly one of 'all' or 'any'")
    }
    const joiner = keys[0] as "all" | "any"
    const children = value[joiner]
    if (!Array.isArray(children)) {
      return fail(`${path}.${joiner}`, "must be an array of conditions or groups")
    }
    if (depth > MAX_DEPTH) {
      return fail(path, `groups can be nested at most ${MAX_DEPTH} deep`)
    }
    const parsed = children.map((child, index) =>
      node(child, `${path}.${joiner}[${index}]`, depth + 1)
    )
    return { [joiner]: parsed } as SegmentRuleNode
  }

  const condition = (value: Record<string, unknown>, path: string) => {
    conditions += 1
    if (conditions === MAX_CONDITIONS + 1) {
      fail(path, `a segment has at most ${MAX_CONDITIONS} conditions`)
    }
    for (const key of Object.keys(value)) {
      if (!CONDITION_KEYS.has(key)) {
        fail(`${path}.${key}`, "is not a property of a condition")
      }
    }
    const definition =
      typeof value.field === "string" ? segmentFieldDefinition(value.field) : undefined
    if (!definition) {
      return fail(`${path}.field`, `must be one of ${FIELD_NAMES}`)
    }
    const op = value.op
    if (typeof op !== "string" || !(definition.operators as readonly string[]).includes(op)) {
      return fail(
        `${path}.op`,
        `must be one of ${definition.operators.join(", ")} for '${definition.field}'`
      )
    }
    const parsed: SegmentCondition = {
      field: definition.field as SegmentCondition["field"],
      op: op as SegmentCondition["op"],
    }
    const conditionValue = parseValue(definition, op, value.value, `${path}.value`, fail)
    if (conditionValue !== undefined) {
      parsed.value = conditionValue
    }
    parseOptions(definition, op, value, path, parsed, fail)
    return parsed
  }

  const rules =
    isObject(input) && ("all" in input || "any" in input)
      ? group(input, root, 1)
      : fail(root, "must be a group: { all: [...] } or { any: [...] }")

  return errors.length ? { errors } : { rules: rules as SegmentRules }
}

type Fail = (path: string, message: string) => undefined

/** The value, checked against the field's kind and the operator; undefined when none is taken or it is wrong. */
function parseValue(
  definition: SegmentFieldDefinition,
  op: string,
  value: unknown,
  path: string,
  fail: Fail
): unknown {
  const takesNoValue = op === "exists" || op === "not_exists"
  if (takesNoValue) {
    return value === undefined ? undefined : fail(path, `is not taken by '${op}'`)
  }
  if (value === undefined) {
    return fail(path, "is required")
  }
  switch (definition.value_type) {
    case "number": {
      const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v)
      if (op === "between") {
        return Array.isArray(value) &&
          value.length === 2 &&
          value.every(isNumber) &&
          value[0] <= value[1]
          ? value
          : fail(path, "must be [min, max], two numbers with min ≤ max")
      }
      return isNumber(value) ? value : fail(path, "must be a number")
    }
    case "date": {
      if (op === "in_last_days" || op === "not_in_last_days") {
        return isWholeNumber(value, 1, MAX_DAYS)
          ? value
          : fail(path, `must be a whole number of days from 1 to ${MAX_DAYS}`)
      }
      if (op === "between") {
        return Array.isArray(value) &&
          value.length === 2 &&
          value.every(isSegmentDate) &&
          Date.parse(value[0]) <= Date.parse(value[1])
          ? value
          : fail(path, `must be [from, to], two dates (YYYY-MM-DD) ${YEARS} with from ≤ to`)
      }
      return isSegmentDate(value)
        ? value
        : fail(path, `must be a date (YYYY-MM-DD) or an ISO date-time ${YEARS}`)
    }
    case "ids":
      return Array.isArray(value) &&
        value.length > 0 &&
        value.length <= MAX_IDS &&
        value.every((id) => typeof id === "string" && id.length > 0)
        ? [...new Set(value as string[])]
        : fail(path, `must be a list of 1 to ${MAX_IDS} ids`)
    case "text": {
      const isDomain = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0
      if (op === "in" || op === "not_in") {
        return Array.isArray(value) && value.length > 0 && value.every(isDomain)
          ? value.map((v) => v.trim().toLowerCase())
          : fail(path, "must be a non-empty list of texts")
      }
      return isDomain(value) ? value.trim().toLowerCase() : fail(path, "must be a non-empty text")
    }
    case "boolean":
      return typeof value === "boolean" ? value : fail(path, "must be true or false")
    case "metadata":
      return ["string", "number", "boolean"].includes(typeof value)
        ? value
        : fail(path, "must be a text, number or boolean")
  }
}

/** currency_code, window, min_quantity, min_orders and key: each only where the field takes it. */
function parseOptions(
  definition: SegmentFieldDefinition,
  op: string,
  value: Record<string, unknown>,
  path: string,
  parsed: SegmentCondition,
  fail: Fail
) {
  if (value.currency_code !== undefined) {
    if (definition.currency === "none") {
      fail(`${path}.currency_code`, `is not taken by '${definition.field}'`)
    } else if (
      typeof value.currency_code !== "string" ||
      !/^[a-zA-Z]{3}$/.test(value.currency_code)
    ) {
      fail(`${path}.currency_code`, "must be a three-letter currency code, e.g. 'sek'")
    } else {
      parsed.currency_code = value.currency_code.toLowerCase()
    }
  } else if (definition.currency === "required") {
    fail(`${path}.currency_code`, `is required for '${definition.field}'`)
  }

  if (value.window !== undefined) {
    if (!definition.window) {
      fail(`${path}.window`, `is not taken by '${definition.field}'`)
    } else {
      const window = parseWindow(value.window, `${path}.window`, fail)
      if (window) {
        parsed.window = window
      }
    }
  }

  for (const key of ["min_quantity", "min_orders"] as const) {
    if (value[key] === undefined) {
      continue
    }
    if (!definition.quantities || op !== "in") {
      fail(`${path}.${key}`, `is taken only by purchase fields with 'in'`)
    } else if (!isWholeNumber(value[key], 1, 1_000_000)) {
      fail(`${path}.${key}`, "must be a whole number of at least 1")
    } else {
      parsed[key] = value[key] as number
    }
  }

  if (definition.key) {
    if (typeof value.key !== "string" || !/^[\w.:-]{1,100}$/.test(value.key)) {
      fail(`${path}.key`, "must be a metadata key (letters, digits, _ . : -, at most 100)")
    } else {
      parsed.key = value.key
    }
  } else if (value.key !== undefined) {
    fail(`${path}.key`, `is not taken by '${definition.field}'`)
  }
}

/** `{ days }` or `{ from?, to? }` (at least one), shared with purchase rules. */
export function parseWindow(value: unknown, path: string, fail: Fail): SegmentWindow | undefined {
  if (!isObject(value)) {
    return fail(path, "must be { days } or { from, to }")
  }
  if ("days" in value) {
    if (Object.keys(value).length !== 1) {
      return fail(path, "takes either days or from/to, not both")
    }
    return isWholeNumber(value.days, 1, MAX_DAYS)
      ? { days: value.days }
      : fail(`${path}.days`, `must be a whole number from 1 to ${MAX_DAYS}`)
  }
  const unknown = Object.keys(value).find((key) => key !== "from" && key !== "to")
  if (unknown) {
    return fail(`${path}.${unknown}`, "is not a property of a window")
  }
  if (value.from === undefined && value.to === undefined) {
    return fail(path, "needs days, or from and/or to")
  }
  for (const key of ["from", "to"] as const) {
    if (value[key] !== undefined && !isSegmentDate(value[key])) {
      return fail(`${path}.${key}`, `must be a date (YYYY-MM-DD) or an ISO date-time ${YEARS}`)
    }
  }
  if (
    typeof value.from === "string" &&
    typeof value.to === "string" &&
    Date.parse(value.from) > Date.parse(value.to)
  ) {
    return fail(path, "from must not be after to")
  }
  return {
    ...(value.from !== undefined && { from: value.from as string }),
    ...(value.to !== undefined && { to: value.to as string }),
  }
}

/** The problems as one message, as the API returns them. */
export const formatSegmentRuleErrors = (errors: SegmentRuleError[]) =>
  errors
    .slice(0, 5)
    .map((error) => `${error.path}: ${error.message}`)
    .join("; ")
