type Props = {
  value: number
  min?: number
  max?: number
  onChange: (value: number) => void
  disabled?: boolean
  label?: string
}

export function QuantityStepper({
  value,
  min = 1,
  max = 99,
  onChange,
  disabled,
  label = "Quantity",
}: Props) {
  return (
    <div className="stepper" role="group" aria-label={label}>
      <button
        type="button"
        onClick={() => onChange(value - 1)}
        disabled={disabled || value <= min}
        aria-label="One less"
      >
        −
      </button>
      <span className="stepper__value" aria-live="polite">
        {value}
      </span>
      <button
        type="button"
        onClick={() => onChange(value + 1)}
        disabled={disabled || value >= max}
        aria-label="One more"
      >
        +
      </button>
    </div>
  )
}
