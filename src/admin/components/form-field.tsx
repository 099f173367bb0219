import { Input } from "@medusajs/ui"
import { ComponentPropsWithoutRef, ReactNode, forwardRef } from "react"
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
export const FormField = ({ label, htmlFor, optional, hint, error, children }: FormFieldProps) => (
  <Form.Item id={htmlFor} error={error}>
    <Form.Label optional={optional}>{label}</Form.Label>
    {hint && <Form.Hint>{hint}</Form.Hint>}
    {children}
    <Form.ErrorMessage />
  </Form.Item>
)

type InputFieldProps = ComponentPropsWithoutRef<typeof Input> & {
  id: string
  label: string
  hint?: ReactNode
  error?: string
}

/**
 * The most common form field: a labelled input; everything but label, hint
 * and error goes to the input (so does a ref: `{...field}` of Form.Field).
 */
export const InputField = forwardRef<HTMLInputElement, InputFieldProps>(
  ({ label, hint, error, ...inputProps }, ref) => (
    <FormField label={label} htmlFor={inputProps.id} hint={hint} error={error}>
      <Form.Control>
        <Input ref={ref} {...inputProps} />
      </Form.Control>
    </FormField>
  )
)
InputField.displayName = "InputField"

/** The Name field forms start with: at most 200 characters unless `maxLength` says otherwise. */
export const NameField = forwardRef<HTMLInputElement, Omit<InputFieldProps, "label">>(
  (props, ref) => (
    <InputField ref={ref} label="Name" maxLength={200} autoComplete="off" {...props} />
  )
)
NameField.displayName = "NameField"
