import { DatePicker, Input, Select, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { fromDateParam, toDateParam } from "../lib/loyalty-format"
import { WindowDraft } from "../lib/segment-rules"

/*
 * Small inputs that read as a sentence ("Orders placed [in the last…] [365]
 * days"), shared by segment conditions and flags' purchase rules.
 */

export const Inline = ({ children }: { children: ReactNode }) => (
  <div className="flex flex-wrap items-center gap-2">{children}</div>
)

export const Words = ({ children }: { children: ReactNode }) => (
  <Text size="small" leading="compact" className="text-ui-fg-subtle">
    {children}
  </Text>
)

export const DateInput = ({
  value,
  onChange,
  label,
}: {
  value: string | null
  onChange: (value: string | null) => void
  label: string
}) => (
  <div className="w-[170px]">
    <DatePicker
      size="small"
      aria-label={label}
      value={fromDateParam(value ?? undefined)}
      onChange={(date) => onChange(date ? toDateParam(date) : null)}
    />
  </div>
)

export const NumberInput = ({
  value,
  onChange,
  label,
  testId,
  min,
  className = "w-[120px]",
}: {
  value: string
  onChange: (value: string) => void
  label: string
  testId?: string
  min?: number
  className?: string
}) => (
  <Input
    size="small"
    type="number"
    step="any"
    min={min}
    aria-label={label}
    className={className}
    value={value}
    onChange={(event) => onChange(event.target.value)}
    data-testid={testId}
  />
)

/** Which orders count: all, those of the last N days, or those between two dates. */
export const WindowFields = ({
  value,
  onChange,
  testId = "segment-condition-window",
}: {
  value: WindowDraft
  /** The parts that changed. */
  onChange: (change: Partial<WindowDraft>) => void
  testId?: string
}) => (
  <Inline>
    <Words>Orders placed</Words>
    <Select
      size="small"
      value={value.type}
      onValueChange={(type) => type && onChange({ type: type as WindowDraft["type"] })}
    >
      <Select.Trigger aria-label="Orders placed" className="w-[170px]" data-testid={testId}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value="all">at any time</Select.Item>
        <Select.Item value="days">in the last…</Select.Item>
        <Select.Item value="range">between dates</Select.Item>
      </Select.Content>
    </Select>
    {value.type === "days" && (
      <>
        <NumberInput
          label="Days"
          min={1}
          value={value.days}
          onChange={(days) => onChange({ days })}
          testId={`${testId}-days`}
          className="w-[90px]"
        />
        <Words>days</Words>
      </>
    )}
    {value.type === "range" && (
      <>
        <DateInput label="From" value={value.from} onChange={(from) => onChange({ from })} />
        <Words>to</Words>
        <DateInput label="To" value={value.to} onChange={(to) => onChange({ to })} />
      </>
    )}
  </Inline>
)
