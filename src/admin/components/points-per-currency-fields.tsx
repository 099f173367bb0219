import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { CurrencyRateDraft, rateDraft } from "../lib/loyalty-settings-form"

type PointsPerCurrencyFieldsProps = {
  value: CurrencyRateDraft[]
  onChange: (value: CurrencyRateDraft[]) => void
}

/** Editable rows "currency → points per whole unit", e.g. SEK → 1, EUR → 10. */
export const PointsPerCurrencyFields = ({ value, onChange }: PointsPerCurrencyFieldsProps) => {
  const update = (key: number, change: Partial<CurrencyRateDraft>) =>
    onChange(value.map((row) => (row.key === key ? { ...row, ...change } : row)))

  return (
    <div className="flex flex-col gap-y-2" data-testid="loyalty-points-per-currency">
      {value.length > 0 && (
        <div className="text-ui-fg-subtle grid grid-cols-[96px_160px_28px] gap-x-2">
          <Text size="xsmall" leading="compact">
            Currency
          </Text>
          <Text size="xsmall" leading="compact">
            Points per whole unit
          </Text>
        </div>
      )}
      {value.map((row) => (
        <div key={row.key} className="grid grid-cols-[96px_160px_28px] items-center gap-x-2">
          <Input
            size="small"
            aria-label="Currency code"
            placeholder="SEK"
            maxLength={3}
            value={row.code}
            onChange={(event) => update(row.key, { code: event.target.value.toUpperCase().trim() })}
            className="font-mono uppercase"
            data-testid="loyalty-rate-currency"
          />
          <Input
            size="small"
            type="number"
            min={0}
            step="any"
            aria-label={`Points per ${row.code || "unit"}`}
            placeholder="1"
            value={row.points}
            onChange={(event) => update(row.key, { points: event.target.value })}
            data-testid="loyalty-rate-points"
          />
          <IconButton
            size="small"
            variant="transparent"
            type="button"
            aria-label={`Remove ${row.code || "this currency"}`}
            onClick={() => onChange(value.filter((other) => other.key !== row.key))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          onClick={() => onChange([...value, rateDraft()])}
          data-testid="loyalty-rate-add"
        >
          <Plus />
          Add currency
        </Button>
      </div>
    </div>
  )
}
