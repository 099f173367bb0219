import { Hint as HintComponent, Label as LabelComponent, Text } from "@medusajs/ui"
import {
  HTMLAttributes,
  ReactElement,
  ReactNode,
  cloneElement,
  createContext,
  isValidElement,
  useContext,
} from "react"
import {
  Controller,
  ControllerProps,
  FieldPath,
  FieldValues,
  FormProvider,
  FormProviderProps,
  useFormContext,
  useFormState,
} from "react-hook-form"

/*
 * The dashboard's Form (components/common/form), with the plugin's markup:
 * the ids are the ones the forms give (`${formId}-name`), not generated, and
 * the layout is the one FormField has always had, so a form moved onto
 * react-hook-form looks and reads the same.
 */

type FieldContextValue = { name: string }

const FieldContext = createContext<FieldContextValue | null>(null)

/**
 * A field of the form (react-hook-form's Controller). A change clears the
 * field's error: an error shows after submit or once the field is left,
 * never while staff are still typing (see useZodForm).
 */
const Field = <
  TFieldValues extends FieldValues = FieldValues,
  TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>,
  TTransformedValues = TFieldValues,
>({
  render,
  ...props
}: ControllerProps<TFieldValues, TName, TTransformedValues>) => {
  const { clearErrors, getFieldState } = useFormContext<TFieldValues, unknown, TTransformedValues>()
  return (
    <FieldContext.Provider value={{ name: props.name }}>
      <Controller
        {...props}
        render={(renderProps) =>
          render({
            ...renderProps,
            field: {
              ...renderProps.field,
              onChange: (...event: unknown[]) => {
                renderProps.field.onChange(...event)
                // The form's live state: the Controller's fieldState is a
                // snapshot that only follows errors read while rendering.
                if (getFieldState(props.name).error) {
                  clearErrors(props.name)
                }
              },
            },
          })
        }
      />
    </FieldContext.Provider>
  )
}

type ItemContextValue = { id?: string; error?: string }

const ItemContext = createContext<ItemContextValue>({})

type ItemProps = HTMLAttributes<HTMLDivElement> & {
  /** The id of the item's control; its label points at it. */
  id?: string
  /** Shown under the item instead of its field's own error (a form not on react-hook-form). */
  error?: string
}

const ItemLayout = ({ id, error, className, ...props }: ItemProps) => (
  <ItemContext.Provider value={{ id, error }}>
    <div
      className={className ?? "flex flex-col gap-y-2"}
      data-invalid={error ? true : undefined}
      {...props}
    />
  </ItemContext.Provider>
)

/** The error react-hook-form holds for the field named. */
const useFieldError = (name: string) => {
  const { getFieldState } = useFormContext()
  const formState = useFormState({ name })
  return getFieldState(name, formState).error?.message
}

const FieldItem = ({ name, error, ...props }: ItemProps & { name: string }) => {
  const fieldError = useFieldError(name)
  return <ItemLayout error={error ?? fieldError} {...props} />
}

/** A label, hint, control and error; inside Form.Field it shows that field's error. */
const Item = (props: ItemProps) => {
  const field = useContext(FieldContext)
  return field ? <FieldItem name={field.name} {...props} /> : <ItemLayout {...props} />
}

const Label = ({ optional, children }: { optional?: boolean; children: ReactNode }) => {
  const { id } = useContext(ItemContext)
  return (
    <div className="flex items-center gap-x-1">
      <LabelComponent size="small" weight="plus" htmlFor={id}>
        {children}
      </LabelComponent>
      {optional && (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          (Optional)
        </Text>
      )}
    </div>
  )
}

const hintId = (id: string) => `${id}-hint`
const errorId = (id: string) => `${id}-error`

/** Gives its one child the item's id, and says whether it is invalid and what describes it. */
const Control = ({ children }: { children: ReactElement<Record<string, unknown>> }) => {
  const { id, error } = useContext(ItemContext)
  if (!isValidElement(children)) {
    return children
  }
  const describedBy = id ? (error ? `${hintId(id)} ${errorId(id)}` : hintId(id)) : undefined
  return cloneElement(children, {
    id,
    "aria-invalid": !!error,
    "aria-describedby": describedBy,
    ...children.props,
  })
}

const Hint = ({ children }: { children: ReactNode }) => {
  const { id } = useContext(ItemContext)
  return <HintComponent id={id && hintId(id)}>{children}</HintComponent>
}

const ErrorMessage = () => {
  const { id, error } = useContext(ItemContext)
  if (!error) {
    return null
  }
  return (
    <HintComponent id={id && errorId(id)} variant="error">
      {error}
    </HintComponent>
  )
}

/**
 * react-hook-form's FormProvider, as a component of our own: the parts are
 * assigned to it, and assigning them to FormProvider itself would change
 * it for everyone (the dashboard's Form does that, and the admin shares one
 * react-hook-form, so one of the two would get the other's parts).
 */
const Provider = <TFieldValues extends FieldValues, TContext, TTransformedValues>(
  props: FormProviderProps<TFieldValues, TContext, TTransformedValues>
) => <FormProvider {...props} />

export const Form = Object.assign(Provider, {
  Field,
  Item,
  Label,
  Control,
  Hint,
  ErrorMessage,
})
