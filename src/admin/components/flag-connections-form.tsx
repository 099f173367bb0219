import { Text } from "@medusajs/ui"
import { FieldErrors, useValidatedForm } from "../hooks/use-validated-form"
import { WindowDraft, windowFromDraft, windowToDraft } from "../lib/segment-rules"
import { FlagPurchaseRule, FlagPurchaseRulePayload, SegmentIdResource } from "../lib/types"
import { FormField } from "./form-field"
import { Inline, NumberInput, WindowFields, Words } from "./order-window-fields"
import { PickedItem, ResourceIdsInput } from "./resource-ids-input"

type Values = {
  products: PickedItem[]
  variants: PickedItem[]
  collections: PickedItem[]
  categories: PickedItem[]
  min_quantity: string
  min_orders: string
  window: WindowDraft
}

const picked = (ids: string[] | undefined): PickedItem[] =>
  (ids ?? []).map((id) => ({ id, label: null }))

const toValues = (rule: FlagPurchaseRule | null | undefined): Values => ({
  products: picked(rule?.product_ids),
  variants: picked(rule?.variant_ids),
  collections: picked(rule?.collection_ids),
  categories: picked(rule?.category_ids),
  min_quantity: rule?.min_quantity != null ? String(rule.min_quantity) : "",
  min_orders: rule?.min_orders != null ? String(rule.min_orders) : "",
  window: windowToDraft(rule?.window),
})

const isWholeNumberOrEmpty = (text: string, max: number) => {
  if (!text.trim()) {
    return true
  }
  const number = Number(text)
  return Number.isInteger(number) && number >= 1 && number <= max
}

const validate = (values: Values) => {
  const errors: FieldErrors<Values> = {}
  if (
    !values.products.length &&
    !values.variants.length &&
    !values.collections.length &&
    !values.categories.length
  ) {
    errors.products = "Choose at least one product, variant, collection or category."
  }
  if (!isWholeNumberOrEmpty(values.min_quantity, 100000)) {
    errors.min_quantity = "Use a whole number of items, 1 or more."
  }
  if (!isWholeNumberOrEmpty(values.min_orders, 100000)) {
    errors.min_orders = "Use a whole number of orders, 1 or more."
  }
  if (values.window.type === "days" && !isWholeNumberOrEmpty(values.window.days || "x", 36500)) {
    errors.window = "Use a whole number of days from 1 to 36500."
  }
  if (values.window.type === "range") {
    if (!values.window.from && !values.window.to) {
      errors.window = "Pick a first day, a last day or both."
    } else if (values.window.from && values.window.to && values.window.to < values.window.from) {
      errors.window = "The last day must not come before the first."
    }
  }
  return errors
}

const PICKERS: { key: "products" | "variants" | "collections" | "categories"; label: string; resource: SegmentIdResource }[] = [
  { key: "products", label: "Products", resource: "product" },
  { key: "variants", label: "Variants", resource: "product_variant" },
  { key: "collections", label: "Collections", resource: "product_collection" },
  { key: "categories", label: "Categories", resource: "product_category" },
]

type FlagConnectionsFormProps = {
  id: string
  rule: FlagPurchaseRule | null | undefined
  onSubmit: (payload: FlagPurchaseRulePayload) => void
}

/**
 * The flag's purchase rule: customers get the flag when an order of theirs
 * brings them to the required purchases of the chosen products, variants,
 * collections or categories.
 */
export const FlagConnectionsForm = ({ id, rule, onSubmit }: FlagConnectionsFormProps) => {
  const { values, errors, set, handleSubmit } = useValidatedForm(() => toValues(rule), validate)

  const submit = handleSubmit((values) => {
    const ids = (items: PickedItem[]) => items.map((item) => item.id)
    const payload: FlagPurchaseRulePayload = {
      product_ids: ids(values.products),
      variant_ids: ids(values.variants),
      collection_ids: ids(values.collections),
      category_ids: ids(values.categories),
    }
    if (values.min_quantity.trim()) {
      payload.min_quantity = Number(values.min_quantity)
    }
    if (values.min_orders.trim()) {
      payload.min_orders = Number(values.min_orders)
    }
    const window = windowFromDraft(values.window)
    if (window) {
      payload.window = window
    }
    onSubmit(payload)
  })

  return (
    <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
      <Text size="small" className="text-ui-fg-subtle">
        Customers get this flag automatically when they buy any of what is chosen here. The
        rule is checked for every order placed from now on.
      </Text>

      <FormField
        label="Bought any of"
        hint="Products, variants, collections or categories; a purchase of any of them counts."
        error={errors.products}
      >
        <div className="flex flex-col gap-y-4" data-testid="flag-connections-targets">
          {PICKERS.map((picker) => (
            <div key={picker.key} className="grid grid-cols-[96px_1fr] items-start gap-x-3">
              <Text size="small" leading="compact" className="text-ui-fg-subtle pt-1.5">
                {picker.label}
              </Text>
              <ResourceIdsInput
                resource={picker.resource}
                value={values[picker.key]}
                onChange={(items) => set(picker.key, items)}
                testId={`flag-connections-${picker.key}`}
              />
            </div>
          ))}
        </div>
      </FormField>

      <FormField
        label="How much"
        optional
        hint="Empty means one item in one order."
        error={errors.min_quantity ?? errors.min_orders}
      >
        <Inline>
          <Words>At least</Words>
          <NumberInput
            label="Minimum quantity"
            min={1}
            value={values.min_quantity}
            onChange={(text) => set("min_quantity", text)}
            testId="flag-connections-min-quantity"
            className="w-[80px]"
          />
          <Words>items, in at least</Words>
          <NumberInput
            label="Minimum orders"
            min={1}
            value={values.min_orders}
            onChange={(text) => set("min_orders", text)}
            testId="flag-connections-min-orders"
            className="w-[80px]"
          />
          <Words>orders</Words>
        </Inline>
      </FormField>

      <FormField label="When" error={errors.window}>
        <WindowFields
          value={values.window}
          onChange={(change) => set("window", { ...values.window, ...change })}
          testId="flag-connections-window"
        />
      </FormField>
    </form>
  )
}
