import { Select } from "@medusajs/ui"
import { useStoreCurrencies } from "../hooks/segment-resources"

type StoreCurrencySelectProps = {
  id?: string
  /** Lower-case ISO code, "" for none chosen yet. */
  value: string
  onChange: (code: string) => void
  invalid?: boolean
  "data-testid"?: string
}

const currencyName = (code: string) => {
  try {
    return new Intl.DisplayNames(undefined, { type: "currency" }).of(code.toUpperCase()) ?? null
  } catch {
    return null
  }
}

/**
 * One of the store's currencies (Settings → Store), the default first. A
 * value the store no longer supports stays shown and choosable, so an old
 * reward can be saved unchanged.
 */
export const StoreCurrencySelect = ({
  id,
  value,
  onChange,
  invalid,
  "data-testid": testId,
}: StoreCurrencySelectProps) => {
  const { currencies, isPending } = useStoreCurrencies()
  const codes = value && !currencies.includes(value) ? [value, ...currencies] : currencies
  return (
    <Select value={value || undefined} onValueChange={(code) => code && onChange(code)}>
      <Select.Trigger id={id} aria-invalid={invalid} disabled={isPending} data-testid={testId}>
        <Select.Value placeholder={isPending ? "Loading currencies…" : "Choose a currency"} />
      </Select.Trigger>
      <Select.Content>
        {codes.map((code) => (
          <Select.Item key={code} value={code}>
            <span className="font-mono uppercase">{code}</span>
            {currencyName(code) ? (
              <span className="text-ui-fg-subtle"> · {currencyName(code)}</span>
            ) : null}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
