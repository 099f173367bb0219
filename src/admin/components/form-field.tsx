import { Hint, Label, Text } from "@medusajs/ui"
import { ReactNode } from "react"

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
