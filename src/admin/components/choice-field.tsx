import { RadioGroup } from "@medusajs/ui"
import { FormField } from "./form-field"

export type Choice<T extends string> = {
  value: T
  label: string
  description: string
  testId?: string
}

type ChoiceFieldProps<T extends string> = {
  label: string
  choices: Choice<T>[]
  value: T
  onChange: (value: T) => void
}

/** A labelled field that picks one of a few choices, each a box with a description. */
export const ChoiceField = <T extends string>({
  label,
  choices,
  value,
  onChange,
}: ChoiceFieldProps<T>) => (
  <FormField label={label}>
    <RadioGroup
      value={value}
      onValueChange={(next) => onChange(next as T)}
      className="grid grid-cols-1 gap-2"
      aria-label={label}
    >
      {choices.map((choice) => (
        <RadioGroup.ChoiceBox
          key={choice.value}
          value={choice.value}
          label={choice.label}
          description={choice.description}
          data-testid={choice.testId}
        />
      ))}
    </RadioGroup>
  </FormField>
)
