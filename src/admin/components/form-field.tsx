import { Input } from "@medusajs/ui"
import { ComponentProps, ReactNode } from "react"
import { Form } from "./form"

type FormFieldProps = {
  label: string
  htmlFor?: string
  optional?: boolean
  hint?: ReactNode
  /** Inside Form.Field the field's own error shows unless this is given. */
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
  <Form.Item id={htmlFor} error={error}>
    <Form.Label optional={optional}>{label}</Form.Label>
    {hint && <Form.Hint>{hint}</Form.Hint>}
    {children}
    <Form.ErrorMessage />
  </Form.Item>
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
    <Form.Control>
      <Input {...inputProps} />
    </Form.Control>
  </FormField>
)

/** The Name field forms start with: at most 200 characters unless `maxLength` says otherwise. */
export const NameField = (props: Omit<InputFieldProps, "label">) => (
  <InputField label="Name" maxLength={200} autoComplete="off" {...props} />
)
