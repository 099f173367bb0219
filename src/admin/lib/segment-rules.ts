import { formatDate } from "./flag-format"
import { formatMoney, fromDateParam } from "./loyalty-format"
import {
  OrderWindow,
  SegmentCondition,
  SegmentFieldDefinition,
  SegmentGroup,
  SegmentIdResource,
  SegmentRuleNode,
} from "./types"

/*
 * The rule builder edits drafts: every input a condition may show is kept as
 * typed (strings for numbers, so "" can mean "not filled in yet"), whichever
 * operator is chosen; `toRules` turns a draft into the API's rule tree.
 */

export type Match = "all" | "any"

export type MetadataValueType = "text" | "number" | "boolean"

export type ValueDraft = {
  number: string
  number2: string
  /** YYYY-MM-DD */
  date: string | null
  date2: string | null
  days: string
  /** Picked ids with their names, when known. */
  ids: { id: string; label: string | null }[]
  text: string
  boolean: "true" | "false"
  metadataType: MetadataValueType
}

export type WindowDraft = {
  type: "all" | "days" | "range"
  days: string
  from: string | null
  to: string | null
}

export type ConditionDraft = {
  kind: "condition"
  uid: string
  field: string
  op: string
  value: ValueDraft
  /** Lower case; "" for any currency, or the store's default where one is required. */
  currency_code: string
  window: WindowDraft
  min_quantity: string
  min_orders: string
  key: string
}

export type GroupDraft = {
  kind: "group"
  uid: string
  match: Match
  children: NodeDraft[]
}

export type NodeDraft = ConditionDraft | GroupDraft

let lastUid = 0
const uid = () => `node-${++lastUid}`

const emptyValue = (): ValueDraft => ({
  number: "",
  number2: "",
  date: null,
  date2: null,
  days: "",
  ids: [],
  text: "",
  boolean: "true",
  metadataType: "text",
})

const emptyWindow = (): WindowDraft => ({ type: "all", days: "365", from: null, to: null })

export const newGroup = (match: Match = "all", children: NodeDraft[] = []): GroupDraft => ({
  kind: "group",
  uid: uid(),
  match,
  children,
})

/** A fresh condition on `definition`: its first operator, the store's default currency. */
export const newCondition = (
  definition: SegmentFieldDefinition,
  defaultCurrency: string | undefined
): ConditionDraft => ({
  kind: "condition",
  uid: uid(),
  field: definition.field,
  op: definition.operators[0] ?? "eq",
  value: emptyValue(),
  currency_code: definition.currency === "required" ? (defaultCurrency ?? "") : "",
  window: emptyWindow(),
  min_quantity: "",
  min_orders: "",
  key: "",
})

/**
 * The tree with the node `uid` replaced by what `update` makes of it (null
 * removes it); the root itself can be updated, not removed.
 */
export const updateNode = (
  group: GroupDraft,
  uid: string,
  update: (node: NodeDraft) => NodeDraft | null
): GroupDraft => {
  if (group.uid === uid) {
    return (update(group) as GroupDraft | null) ?? group
  }
  return {
    ...group,
    children: group.children.flatMap((child) => {
      if (child.uid === uid) {
        const next = update(child)
        return next ? [next] : []
      }
      return child.kind === "group" ? [updateNode(child, uid, update)] : [child]
    }),
  }
}

/** Which inputs a condition's value needs. */
export type ValueShape =
  | "none"
  | "number"
  | "number_pair"
  | "date"
  | "date_pair"
  | "days"
  | "ids"
  | "text"
  | "list"
  | "boolean"
  | "metadata"

export const valueShape = (definition: SegmentFieldDefinition, op: string): ValueShape => {
  if (op === "exists" || op === "not_exists") {
    return "none"
  }
  switch (definition.value_type) {
    case "number":
      return op === "between" ? "number_pair" : "number"
    case "date":
      return op === "between"
        ? "date_pair"
        : op === "in_last_days" || op === "not_in_last_days"
          ? "days"
          : "date"
    case "ids":
      return "ids"
    case "text":
      return op === "in" || op === "not_in" ? "list" : "text"
    case "boolean":
      return "boolean"
    case "metadata":
      return "metadata"
    default:
      return "text"
  }
}

const OPERATOR_LABELS: Record<string, string> = {
  eq: "is",
  neq: "is not",
  gt: "more than",
  gte: "at least",
  lt: "less than",
  lte: "at most",
  between: "between",
  before: "before",
  after: "after",
  in_last_days: "in the last",
  not_in_last_days: "not in the last",
  exists: "exists",
  not_exists: "does not exist",
  in: "is any of",
  not_in: "is none of",
}

export const operatorLabel = (op: string) => OPERATOR_LABELS[op] ?? op.replace(/_/g, " ")

const numberOrUndefined = (text: string) => (text.trim() === "" ? undefined : Number(text))

const listOf = (text: string) =>
  text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean)

const metadataValue = (value: ValueDraft) => {
  switch (value.metadataType) {
    case "number":
      return numberOrUndefined(value.text)
    case "boolean":
      return value.boolean === "true"
    default:
      return value.text === "" ? undefined : value.text
  }
}

const valueOf = (shape: ValueShape, value: ValueDraft): unknown => {
  switch (shape) {
    case "number":
      return numberOrUndefined(value.number)
    case "number_pair":
      return value.number.trim() || value.number2.trim()
        ? [numberOrUndefined(value.number) ?? null, numberOrUndefined(value.number2) ?? null]
        : undefined
    case "date":
      return value.date ?? undefined
    case "date_pair":
      return value.date || value.date2 ? [value.date, value.date2] : undefined
    case "days":
      return numberOrUndefined(value.days)
    case "ids":
      return value.ids.length ? value.ids.map((item) => item.id) : undefined
    case "text":
      return value.text.trim() || undefined
    case "list":
      return listOf(value.text).length ? listOf(value.text) : undefined
    case "boolean":
      return value.boolean === "true"
    case "metadata":
      return metadataValue(value)
    default:
      return undefined
  }
}

/** The API's window for a draft; none for "at any time". */
export const windowFromDraft = (draft: WindowDraft): OrderWindow | undefined => {
  switch (draft.type) {
    case "days":
      return { days: numberOrUndefined(draft.days) as number }
    case "range":
      return {
        ...(draft.from ? { from: draft.from } : {}),
        ...(draft.to ? { to: draft.to } : {}),
      }
    default:
      return undefined
  }
}

/**
 * The API's condition for a draft. What is not filled in is left out, so the
 * server's answer names it ("rules.all[0].value: …") rather than this code
 * guessing which half-typed rules to hold back.
 */
const toCondition = (
  draft: ConditionDraft,
  definition: SegmentFieldDefinition | undefined,
  defaultCurrency: string | undefined
): SegmentCondition => {
  if (!definition) {
    return { field: draft.field, op: draft.op }
  }
  const condition: SegmentCondition = { field: draft.field, op: draft.op }
  const value = valueOf(valueShape(definition, draft.op), draft.value)
  if (value !== undefined) {
    condition.value = value
  }
  const currency =
    draft.currency_code || (definition.currency === "required" ? defaultCurrency : undefined)
  if (definition.currency !== "none" && currency) {
    condition.currency_code = currency
  }
  if (definition.window) {
    const window = windowFromDraft(draft.window)
    if (window) {
      condition.window = window
    }
  }
  // Quantities narrow "bought any of"; the server takes them with `in` only.
  if (definition.quantities && draft.op === "in") {
    const minQuantity = numberOrUndefined(draft.min_quantity)
    const minOrders = numberOrUndefined(draft.min_orders)
    if (minQuantity !== undefined) {
      condition.min_quantity = minQuantity
    }
    if (minOrders !== undefined) {
      condition.min_orders = minOrders
    }
  }
  if (definition.key) {
    condition.key = draft.key.trim()
  }
  return condition
}

export const toRules = (
  group: GroupDraft,
  fields: SegmentFieldDefinition[],
  defaultCurrency?: string
): SegmentGroup => {
  const byName = new Map(fields.map((definition) => [definition.field, definition]))
  const convert = (node: NodeDraft): SegmentRuleNode =>
    node.kind === "group"
      ? toGroup(node)
      : toCondition(node, byName.get(node.field), defaultCurrency)
  const toGroup = (node: GroupDraft): SegmentGroup =>
    node.match === "any" ? { any: node.children.map(convert) } : { all: node.children.map(convert) }
  return toGroup(group)
}

export const isGroup = (node: SegmentRuleNode): node is SegmentGroup =>
  "all" in node || "any" in node

export const groupMatch = (group: SegmentGroup): Match => ("any" in group ? "any" : "all")

export const groupChildren = (group: SegmentGroup): SegmentRuleNode[] =>
  "any" in group ? group.any : group.all

const asString = (value: unknown) => (value == null ? "" : String(value))

const toValueDraft = (condition: SegmentCondition, shape: ValueShape): ValueDraft => {
  const draft = emptyValue()
  const value = condition.value
  const pair = Array.isArray(value) ? value : []
  switch (shape) {
    case "number":
      draft.number = asString(value)
      break
    case "number_pair":
      draft.number = asString(pair[0])
      draft.number2 = asString(pair[1])
      break
    case "date":
      draft.date = typeof value === "string" ? value.slice(0, 10) : null
      break
    case "date_pair":
      draft.date = typeof pair[0] === "string" ? pair[0].slice(0, 10) : null
      draft.date2 = typeof pair[1] === "string" ? pair[1].slice(0, 10) : null
      break
    case "days":
      draft.days = asString(value)
      break
    case "ids":
      draft.ids = (Array.isArray(value) ? value : []).map((id) => ({ id: String(id), label: null }))
      break
    case "list":
      draft.text = (Array.isArray(value) ? value : []).join(", ")
      break
    case "boolean":
      draft.boolean = value === false ? "false" : "true"
      break
    case "metadata":
      if (typeof value === "boolean") {
        draft.metadataType = "boolean"
        draft.boolean = value ? "true" : "false"
      } else {
        draft.metadataType = typeof value === "number" ? "number" : "text"
        draft.text = asString(value)
      }
      break
    default:
      draft.text = asString(value)
  }
  return draft
}

export const windowToDraft = (window: OrderWindow | undefined | null): WindowDraft => {
  if (!window) {
    return emptyWindow()
  }
  if ("days" in window) {
    return { ...emptyWindow(), type: "days", days: asString(window.days) }
  }
  return { ...emptyWindow(), type: "range", from: window.from ?? null, to: window.to ?? null }
}

/** The drafts of saved rules, to edit them. */
export const fromRules = (rules: SegmentGroup, fields: SegmentFieldDefinition[]): GroupDraft => {
  const byName = new Map(fields.map((definition) => [definition.field, definition]))
  const convert = (node: SegmentRuleNode): NodeDraft => {
    if (isGroup(node)) {
      return newGroup(groupMatch(node), groupChildren(node).map(convert))
    }
    const definition = byName.get(node.field)
    const shape = definition ? valueShape(definition, node.op) : "text"
    return {
      kind: "condition",
      uid: uid(),
      field: node.field,
      op: node.op,
      value: toValueDraft(node, shape),
      currency_code: node.currency_code ?? "",
      window: windowToDraft(node.window),
      min_quantity: asString(node.min_quantity),
      min_orders: asString(node.min_orders),
      key: node.key ?? "",
    }
  }
  return newGroup(groupMatch(rules), groupChildren(rules).map(convert))
}

/** Whether the tree has at least one condition (an empty tree is not worth counting). */
export const hasConditions = (group: GroupDraft): boolean =>
  group.children.some((child) => child.kind === "condition" || hasConditions(child))

/**
 * Whether a condition still waits for its value (one just added, say): such
 * rules are not worth counting yet, and the server's "value is required"
 * would greet staff before they typed anything.
 */
export const awaitsValues = (group: GroupDraft, fields: SegmentFieldDefinition[]): boolean => {
  const byName = new Map(fields.map((definition) => [definition.field, definition]))
  const awaits = (node: NodeDraft): boolean => {
    if (node.kind === "group") {
      return node.children.some(awaits)
    }
    const definition = byName.get(node.field)
    if (!definition) {
      return false
    }
    const shape = valueShape(definition, node.op)
    return shape !== "none" && valueOf(shape, node.value) === undefined
  }
  return awaits(group)
}

/**
 * The part of a server message that names a place in the rule tree, as the
 * builder's own paths: "rules.any[1].all[0].value: …" → "any[1].all[0]".
 */
export const errorNodePath = (message: string | null | undefined) => {
  const match = message && /rules((?:\.(?:all|any)\[\d+\])*)/.exec(message)
  return match ? match[1].replace(/^\./, "") : null
}

/** A node's path below the root group, as in the server's messages. */
export const childPath = (parentPath: string, match: Match, index: number) =>
  `${parentPath ? `${parentPath}.` : ""}${match}[${index}]`

// ---- In words, for the segment's page -----------------------------------------

/** A rule's date: a YYYY-MM-DD is a calendar day (not midnight UTC, which is another day west of it). */
const dateInWords = (value: unknown) => {
  if (typeof value !== "string") {
    return ""
  }
  return formatDate(/^\d{4}-\d{2}-\d{2}$/.test(value) ? fromDateParam(value)! : value)
}

export const windowInWords = (window: OrderWindow | undefined | null) => {
  if (!window) {
    return null
  }
  if ("days" in window) {
    return window.days === 1 ? "in the last day" : `in the last ${window.days} days`
  }
  if (window.from && window.to) {
    return `between ${dateInWords(window.from)} and ${dateInWords(window.to)}`
  }
  if (window.from) {
    return `since ${dateInWords(window.from)}`
  }
  return window.to ? `until ${dateInWords(window.to)}` : null
}

const numberInWords = (value: unknown, currency: string | undefined) =>
  typeof value === "number" && currency
    ? formatMoney(value, currency)
    : new Intl.NumberFormat().format(Number(value))

/** "Total spent at least 1 000,00 kr in the last 365 days" */
export const conditionInWords = (
  condition: SegmentCondition,
  definition: SegmentFieldDefinition | undefined,
  names: Map<string, string>
) => {
  const label = definition?.label ?? condition.field
  const shape = definition ? valueShape(definition, condition.op) : "text"
  const value = condition.value
  const pair = Array.isArray(value) ? value : []
  const currency = condition.currency_code
  let valueText = ""
  switch (shape) {
    case "number":
      valueText = numberInWords(value, currency)
      break
    case "number_pair":
      valueText = `${numberInWords(pair[0], currency)} and ${numberInWords(pair[1], currency)}`
      break
    case "date":
      valueText = dateInWords(value)
      break
    case "date_pair":
      valueText = `${dateInWords(pair[0])} and ${dateInWords(pair[1])}`
      break
    case "days":
      valueText = value === 1 ? "day" : `${value} days`
      break
    case "ids":
      valueText = (Array.isArray(value) ? value : [])
        .map((id) => names.get(String(id)) ?? String(id))
        .join(", ")
      break
    case "list":
      valueText = (Array.isArray(value) ? value : []).join(", ")
      break
    case "boolean":
      valueText = value ? "yes" : "no"
      break
    case "none":
      break
    default:
      valueText = JSON.stringify(value)
  }
  const parts = [
    definition?.key || condition.key ? `${label} "${condition.key}"` : label,
    operatorLabel(condition.op),
    valueText,
  ]
  if (definition?.currency === "optional" && currency) {
    parts.push(`in ${currency.toUpperCase()}`)
  }
  const window = windowInWords(condition.window)
  if (window) {
    parts.push(window)
  }
  const quantities = [
    condition.min_quantity && condition.min_quantity > 1
      ? `at least ${condition.min_quantity} items`
      : null,
    condition.min_orders && condition.min_orders > 1
      ? `in at least ${condition.min_orders} orders`
      : null,
  ].filter(Boolean)
  if (quantities.length) {
    parts.push(`(${quantities.join(" ")})`)
  }
  return parts.filter(Boolean).join(" ")
}

/** Every id a rule tree holds, by what it points at, to look their names up. */
export const idsByResource = (
  rules: SegmentGroup,
  fields: SegmentFieldDefinition[]
): Partial<Record<SegmentIdResource, string[]>> => {
  const byName = new Map(fields.map((definition) => [definition.field, definition]))
  const found: Partial<Record<SegmentIdResource, string[]>> = {}
  const visit = (node: SegmentRuleNode) => {
    if (isGroup(node)) {
      groupChildren(node).forEach(visit)
      return
    }
    const resource = byName.get(node.field)?.resource
    if (resource && Array.isArray(node.value)) {
      found[resource] = [...(found[resource] ?? []), ...node.value.map(String)]
    }
  }
  visit(rules)
  return found
}

// ---- What is missing, in words, for the builder ------------------------------

const isWholeAtLeastOne = (text: string) => /^\s*\d+\s*$/.test(text) && Number(text) >= 1

const isNumber = (text: string) => text.trim() !== "" && Number.isFinite(Number(text))

/**
 * What a condition still lacks before it can be saved, in the words shown
 * under it ("Enter an amount."), or null when it is complete. The server
 * checks the same things; asking here first keeps its field paths
 * ("rules.all[0].value") away from staff.
 */
export const conditionProblem = (
  draft: ConditionDraft,
  definition: SegmentFieldDefinition | undefined
): string | null => {
  if (!definition) {
    return "Choose a field."
  }
  if (definition.key && !draft.key.trim()) {
    return "Enter the metadata key to look at."
  }
  const value = draft.value
  const money = definition.currency !== "none"
  switch (valueShape(definition, draft.op)) {
    case "number":
      if (!isNumber(value.number)) {
        return money ? "Enter an amount." : "Enter a number."
      }
      break
    case "number_pair":
      if (!isNumber(value.number) || !isNumber(value.number2)) {
        return money ? "Enter both amounts." : "Enter both numbers."
      }
      if (Number(value.number) > Number(value.number2)) {
        return "The first number must not be greater than the second."
      }
      break
    case "date":
      if (!value.date) {
        return "Pick a date."
      }
      break
    case "date_pair":
      if (!value.date || !value.date2) {
        return "Pick both dates."
      }
      if (value.date > value.date2) {
        return "The first date must not be after the second."
      }
      break
    case "days":
      if (!isWholeAtLeastOne(value.days)) {
        return "Enter a number of days, 1 or more."
      }
      break
    case "ids":
      if (!value.ids.length) {
        return "Choose at least one."
      }
      break
    case "text":
      if (!value.text.trim()) {
        return "Enter a value."
      }
      break
    case "list":
      if (!listOf(value.text).length) {
        return "Enter at least one value; separate several with commas."
      }
      break
    case "metadata":
      if (
        value.metadataType === "number"
          ? !isNumber(value.text)
          : value.metadataType === "text" && value.text === ""
      ) {
        return value.metadataType === "number" ? "Enter a number." : "Enter a value."
      }
      break
  }
  if (definition.window) {
    const window = draft.window
    if (window.type === "days" && !isWholeAtLeastOne(window.days)) {
      return "Enter how many days back to count, 1 or more."
    }
    if (window.type === "range" && !window.from && !window.to) {
      return "Pick a start date, an end date or both."
    }
  }
  if (definition.quantities && draft.op === "in") {
    if (draft.min_quantity.trim() && !isWholeAtLeastOne(draft.min_quantity)) {
      return "The number of items must be a whole number, 1 or more."
    }
    if (draft.min_orders.trim() && !isWholeAtLeastOne(draft.min_orders)) {
      return "The number of orders must be a whole number, 1 or more."
    }
  }
  return null
}

/** Every incomplete condition of the tree, by uid, with what it lacks. */
export const ruleProblems = (
  group: GroupDraft,
  fields: SegmentFieldDefinition[]
): Map<string, string> => {
  const byName = new Map(fields.map((definition) => [definition.field, definition]))
  const problems = new Map<string, string>()
  const visit = (node: NodeDraft) => {
    if (node.kind === "group") {
      node.children.forEach(visit)
      return
    }
    const problem = conditionProblem(node, byName.get(node.field))
    if (problem) {
      problems.set(node.uid, problem)
    }
  }
  visit(group)
  return problems
}

const PART_WORDS: Record<string, string> = {
  value: "The value",
  currency_code: "The currency",
  window: "The time window",
  "window.days": "The number of days",
  "window.from": "The start date",
  "window.to": "The end date",
  key: "The metadata key",
  min_quantity: "The number of items",
  min_orders: "The number of orders",
  field: "The field",
  op: "The operator",
}

/**
 * A server message about a rule, in words: "Field 'rules.all[0].value' is
 * required" → "The value is required." Messages that name no rule part are
 * left as they are.
 */
export const ruleErrorInWords = (message: string) => {
  const match = /^Field '(?:rules)?((?:\.?(?:all|any)\[\d+\])*)\.?([a-z_.]*)'\s*(.*)$/s.exec(
    message.trim()
  )
  if (!match) {
    return message
  }
  const [, , part, rest] = match
  const subject =
    PART_WORDS[part] ?? (part ? `The ${part.replace(/[._]/g, " ")}` : "This condition")
  const sentence = `${subject} ${rest}`.trim()
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`
}
