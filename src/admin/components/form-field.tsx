import { Hint, Input, Label, Text } from "@medusajs/ui"
import { ComponentProps, ReactNode } from "react"

type FormFieldProps = {
  label: string
  htmlFor?: string
  optional?: boolean
  hint?: ReactNode
  error?: string
  children: ReactNode
}

/** A labelled form field laid out like the dashboard's own forms. */
export const FormField = ({
  label,
  htmlFor,
  optional,
  hint,
  error,
  children,
}: FormFieldProps) => (
  <div className="flex flex-col gap-y-2" data-invalid={error ? true : undefined}>
    <div className="flex items-center gap-x-1">
      <Label size="small" weight="plus" htmlFor={htmlFor}>
        {label}
      </Label>
      {optional && (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          (Optional)
        </Text>
      )}
    </div>
    {hint && <Hint>{hint}</Hint>}
    {children}
    {error && <Hint variant="error">{error}</Hint>}
  </div>
)

type InputFieldProps = ComponentProps<typeof Input> & {
  id: string
  label: string
  hint?: ReactNode
  error?: string
}

/** The most common form field: a labelled input; everything but label, hint and error goes to the input. */
export const InputField = ({ label, hint, error, ...inputProps }: InputFieldProps) => (
  <FormField label={label} htmlFor={inputProps.id} hint={hint} error={error}>
    <Input {...inputProps} />
  </FormField>
)

/** The Name field forms start with: at most 200 characters unless `maxLength` says otherwise. */
export const NameField = (props: Omit<InputFieldProps, "label">) => (
  <InputField label="Name" maxLength={200} autoComplete="off" {...props} />
)
