import { Trash } from "@medusajs/icons"
import { Hint, IconButton, Input, Select, Text, clx } from "@medusajs/ui"
import {
  ConditionDraft,
  MetadataValueType,
  ValueDraft,
  newCondition,
  operatorLabel,
  valueShape,
} from "../lib/segment-rules"
import { SegmentFieldDefinition } from "../lib/types"
import { DateInput, Inline, NumberInput, WindowFields, Words } from "./order-window-fields"
import { ResourceIdsInput } from "./resource-ids-input"

/** Radix selects take no empty value: this stands for "any currency". */
const ANY_CURRENCY = "any"

type ConditionEditorProps = {
  value: ConditionDraft
  fields: SegmentFieldDefinition[]
  currencies: string[]
  /**
   * Changes the condition. It takes a function of the latest draft: Radix
   * selects report their value from effects that may run with an older
   * render's callbacks, and a change computed from that render's draft would
   * undo a newer one (a new field, then its first operator).
   */
  onChange: (update: (draft: ConditionDraft) => ConditionDraft) => void
  onRemove: () => void
  /** Focus left the condition after typing in it. */
  onLeave?: () => void
  /** What the condition lacks, or the server's complaint about it, in words. */
  error?: string | null
}

const CurrencySelect = ({
  value,
  onChange,
  currencies,
  optional,
}: {
  value: string
  onChange: (value: string) => void
  currencies: string[]
  optional: boolean
}) => {
  // A saved rule's currency stays choosable even if the store dropped it.
  const codes = value && !currencies.includes(value) ? [value, ...currencies] : currencies
  // Unset, a required currency is the store's default (see toRules).
  const shown = value || (optional ? ANY_CURRENCY : currencies[0])
  return (
    <Select
      size="small"
      value={shown}
      onValueChange={(code) => code && onChange(code === ANY_CURRENCY ? "" : code)}
    >
      <Select.Trigger
        aria-label="Currency"
        className="w-[130px]"
        data-testid="segment-condition-currency"
      >
        <Select.Value placeholder="Currency" />
      </Select.Trigger>
      <Select.Content>
        {optional && <Select.Item value={ANY_CURRENCY}>Any currency</Select.Item>}
        {codes.map((code) => (
          <Select.Item key={code} value={code}>
            {code.toUpperCase()}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

const BooleanSelect = ({
  value,
  onChange,
  label,
}: {
  value: ValueDraft["boolean"]
  onChange: (value: ValueDraft["boolean"]) => void
  label: string
}) => (
  <Select
    size="small"
    value={value}
    onValueChange={(next) => next && onChange(next as ValueDraft["boolean"])}
  >
    <Select.Trigger
      aria-label={label}
      className="w-[120px]"
      data-testid="segment-condition-boolean"
    >
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value="true">Yes</Select.Item>
      <Select.Item value="false">No</Select.Item>
    </Select.Content>
  </Select>
)

/** The inputs for a condition's value, as its field's kind and operator need. */
const ValueFields = ({
  definition,
  draft,
  onChange,
}: {
  definition: SegmentFieldDefinition
  draft: ConditionDraft
  onChange: (value: Partial<ValueDraft>) => void
}) => {
  const value = draft.value
  switch (valueShape(definition, draft.op)) {
    case "none":
      return null
    case "number":
      return (
        <NumberInput
          label="Value"
          value={value.number}
          onChange={(number) => onChange({ number })}
          testId="segment-condition-value"
        />
      )
    case "number_pair":
      return (
        <Inline>
          <NumberInput
            label="From"
            value={value.number}
            onChange={(number) => onChange({ number })}
            testId="segment-condition-value"
          />
          <Words>and</Words>
          <NumberInput
            label="To"
            value={value.number2}
            onChange={(number2) => onChange({ number2 })}
            testId="segment-condition-value-2"
          />
        </Inline>
      )
    case "date":
      return <DateInput label="Date" value={value.date} onChange={(date) => onChange({ date })} />
    case "date_pair":
      return (
        <Inline>
          <DateInput label="From" value={value.date} onChange={(date) => onChange({ date })} />
          <Words>and</Words>
          <DateInput label="To" value={value.date2} onChange={(date2) => onChange({ date2 })} />
        </Inline>
      )
    case "days":
      return (
        <Inline>
          <NumberInput
            label="Days"
            min={1}
            value={value.days}
            onChange={(days) => onChange({ days })}
            testId="segment-condition-value"
            className="w-[90px]"
          />
          <Words>days</Words>
        </Inline>
      )
    case "ids":
      return definition.resource ? (
        <ResourceIdsInput
          key={definition.resource}
          resource={definition.resource}
          value={value.ids}
          onChange={(ids) => onChange({ ids })}
          testId="segment-condition-ids"
        />
      ) : (
        <Input
          size="small"
          aria-label="Ids"
          placeholder="Ids, separated by commas"
          value={value.ids.map((item) => item.id).join(", ")}
          onChange={(event) =>
            onChange({
              ids: event.target.value
                .split(",")
                .map((id) => id.trim())
                .filter(Boolean)
                .map((id) => ({ id, label: null })),
            })
          }
        />
      )
    case "boolean":
      return (
        <BooleanSelect
          label="Value"
          value={value.boolean}
          onChange={(boolean) => onChange({ boolean })}
        />
      )
    case "metadata":
      return (
        <Inline>
          <Select
            size="small"
            value={value.metadataType}
            onValueChange={(type) => type && onChange({ metadataType: type as MetadataValueType })}
          >
            <Select.Trigger aria-label="Kind of value" className="w-[110px]">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="text">Text</Select.Item>
              <Select.Item value="number">Number</Select.Item>
              <Select.Item value="boolean">Yes / no</Select.Item>
            </Select.Content>
          </Select>
          {value.metadataType === "boolean" ? (
            <BooleanSelect
              label="Value"
              value={value.boolean}
              onChange={(boolean) => onChange({ boolean })}
            />
          ) : (
            <Input
              size="small"
              type={value.metadataType === "number" ? "number" : "text"}
              aria-label="Value"
              className="w-[200px]"
              value={value.text}
              onChange={(event) => onChange({ text: event.target.value })}
              data-testid="segment-condition-value"
            />
          )}
        </Inline>
      )
    case "list":
      return (
        <Input
          size="small"
          aria-label="Values"
          placeholder="Separate with commas, e.g. example.com, example.org"
          value={value.text}
          onChange={(event) => onChange({ text: event.target.value })}
          data-testid="segment-condition-value"
        />
      )
    default:
      return (
        <Input
          size="small"
          aria-label="Value"
          value={value.text}
          onChange={(event) => onChange({ text: event.target.value })}
          data-testid="segment-condition-value"
        />
      )
  }
}

/**
 * One condition: field, then operator, then the value as the field's kind
 * needs it, then the options the field takes (currency, key, order window,
 * quantities). All of it comes from the field catalogue.
 */
export const SegmentConditionEditor = ({
  value,
  fields,
  currencies,
  onChange,
  onRemove,
  onLeave,
  error,
}: ConditionEditorProps) => {
  const definition = fields.find((field) => field.field === value.field)
  const set = (change: Partial<ConditionDraft>) => onChange((draft) => ({ ...draft, ...change }))

  return (
    <div
      className={clx(
        "bg-ui-bg-base shadow-borders-base flex flex-col gap-y-3 rounded-lg p-3",
        error && "shadow-borders-error"
      )}
      data-testid="segment-condition"
      data-field={value.field}
      data-invalid={error ? true : undefined}
      onBlur={(event) => {
        // Typed in and left: a select's list opening in its portal is no leaving.
        if (
          event.target instanceof HTMLInputElement &&
          !event.currentTarget.contains(event.relatedTarget as Node | null)
        ) {
          onLeave?.()
        }
      }}
    >
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_28px] items-center gap-2">
        <Select
          size="small"
          value={value.field}
          onValueChange={(field) => {
            const next = fields.find((candidate) => candidate.field === field)
            if (next) {
              // A new field starts afresh: its operators and values differ.
              onChange((draft) =>
                draft.field === field
                  ? draft
                  : { ...newCondition(next, currencies[0]), uid: draft.uid }
              )
            }
          }}
        >
          <Select.Trigger aria-label="Field" data-testid="segment-condition-field">
            <Select.Value placeholder="Choose a field" />
          </Select.Trigger>
          <Select.Content>
            {fields.map((field) => (
              <Select.Item key={field.field} value={field.field}>
                {field.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          size="small"
          value={value.op}
          onValueChange={(op) =>
            onChange((draft) =>
              // Only operators of the draft's own field (not one it just left).
              fields
                .find((field) => field.field === draft.field)
                ?.operators.some((operator) => operator === op)
                ? { ...draft, op }
                : draft
            )
          }
          disabled={!definition}
        >
          <Select.Trigger aria-label="Operator" data-testid="segment-condition-op">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(definition?.operators ?? [value.op]).map((op) => (
              <Select.Item key={op} value={op}>
                {operatorLabel(op)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <IconButton
          size="small"
          variant="transparent"
          type="button"
          aria-label="Remove condition"
          onClick={onRemove}
          data-testid="segment-condition-remove"
        >
          <Trash />
        </IconButton>
      </div>

      {definition ? (
        <>
          {definition.key && (
            <Inline>
              <Words>Key</Words>
              <Input
                size="small"
                aria-label="Metadata key"
                placeholder="e.g. newsletter_source"
                className="w-[220px]"
                value={value.key}
                onChange={(event) => set({ key: event.target.value })}
                data-testid="segment-condition-key"
              />
            </Inline>
          )}
          {(valueShape(definition, value.op) !== "none" || definition.currency !== "none") && (
            <Inline>
              <ValueFields
                definition={definition}
                draft={value}
                onChange={(change) =>
                  onChange((draft) => ({ ...draft, value: { ...draft.value, ...change } }))
                }
              />
              {definition.currency !== "none" && (
                <CurrencySelect
                  value={value.currency_code}
                  onChange={(currency_code) => set({ currency_code })}
                  currencies={currencies}
                  optional={definition.currency === "optional"}
                />
              )}
            </Inline>
          )}
          {definition.window && (
            <WindowFields
              value={value.window}
              onChange={(change) =>
                onChange((draft) => ({ ...draft, window: { ...draft.window, ...change } }))
              }
            />
          )}
          {definition.quantities && value.op === "in" && (
            <Inline>
              <Words>At least</Words>
              <NumberInput
                label="Minimum quantity"
                min={1}
                value={value.min_quantity}
                onChange={(min_quantity) => set({ min_quantity })}
                testId="segment-condition-min-quantity"
                className="w-[80px]"
              />
              <Words>items, in at least</Words>
              <NumberInput
                label="Minimum orders"
                min={1}
                value={value.min_orders}
                onChange={(min_orders) => set({ min_orders })}
                testId="segment-condition-min-orders"
                className="w-[80px]"
              />
              <Words>orders (empty: 1)</Words>
            </Inline>
          )}
        </>
      ) : (
        <Text size="small" className="text-ui-fg-error">
          "{value.field}" is not a field this version knows; choose another.
        </Text>
      )}
      {error && (
        <Hint variant="error" data-testid="segment-condition-error">
          {error}
        </Hint>
      )}
    </div>
  )
}
