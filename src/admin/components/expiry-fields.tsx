import { DatePicker, Select } from "@medusajs/ui"
import { FlagExpiry } from "../lib/types"
import { NumberWithUnit } from "./number-with-unit"

/** The expiry as it is being edited: every input kept, whichever type is chosen. */
export type ExpiryDraft = {
  type: FlagExpiry["type"]
  date: Date | null
  days: string
}

export const EXPIRY_TYPES: { value: FlagExpiry["type"]; label: string }[] = [
  { value: "none", label: "Never expires" },
  { value: "fixed_date", label: "On a fixed date" },
  { value: "days_after_assignment", label: "A number of days after assignment" },
]

export const expiryToDraft = (expiry?: FlagExpiry): ExpiryDraft => ({
  type: expiry?.type ?? "none",
  date: expiry?.type === "fixed_date" ? new Date(expiry.date) : null,
  days: expiry?.type === "days_after_assignment" ? String(expiry.days) : "30",
})

type ExpiryFieldsProps = {
  value: ExpiryDraft
  onChange: (value: ExpiryDraft) => void
}

/** How long a customer keeps the flag once given it. */
export const ExpiryFields = ({ value, onChange }: ExpiryFieldsProps) => (
  <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
    <Select
      value={value.type}
      onValueChange={(type) => onChange({ ...value, type: type as ExpiryDraft["type"] })}
    >
      <Select.Trigger aria-label="Expiry">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {EXPIRY_TYPES.map((type) => (
          <Select.Item key={type.value} value={type.value}>
            {type.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
    {value.type === "fixed_date" && (
      <DatePicker
        aria-label="Expiry date"
        value={value.date}
        onChange={(date) => onChange({ ...value, date })}
      />
    )}
    {value.type === "days_after_assignment" && (
      <NumberWithUnit
        min={1}
        max={36500}
        step={1}
        aria-label="Days after assignment"
        value={value.days}
        onChange={(event) => onChange({ ...value, days: event.target.value })}
        unit="days"
      />
    )}
  </div>
)
