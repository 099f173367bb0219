import { Text } from "@medusajs/ui"
import { z } from "zod"
import { useZodForm } from "../hooks/use-zod-form"
import { connectionsSchema } from "../lib/flag-connections-schema"
import { windowFromDraft, windowToDraft } from "../lib/segment-rules"
import { FlagPurchaseRule, FlagPurchaseRulePayload, SegmentIdResource } from "../lib/types"
import { Form } from "./form"
import { FormField } from "./form-field"
import { Inline, NumberInput, WindowFields, Words } from "./order-window-fields"
import { PickedItem, ResourceIdsInput } from "./resource-ids-input"

const picked = (ids: string[] | undefined): PickedItem[] =>
  (ids ?? []).map((id) => ({ id, label: null }))

const toValues = (
  rule: FlagPurchaseRule | null | undefined
): z.input<typeof connectionsSchema> => ({
  products: picked(rule?.product_ids),
  variants: picked(rule?.variant_ids),
  collections: picked(rule?.collection_ids),
  categories: picked(rule?.category_ids),
  min_quantity: rule?.min_quantity != null ? String(rule.min_quantity) : "",
  min_orders: rule?.min_orders != null ? String(rule.min_orders) : "",
  window: windowToDraft(rule?.window),
})

const PICKERS: {
  key: "products" | "variants" | "collections" | "categories"
  label: string
  resource: SegmentIdResource
}[] = [
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
  const form = useZodForm(connectionsSchema, toValues(rule))
  const { errors } = form.formState

  const submit = form.handleSubmit((values) => {
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
    <Form {...form}>
      <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
        <Text size="small" className="text-ui-fg-subtle">
          Customers get this flag automatically when they buy any of what is chosen here. The rule
          is checked for every order placed from now on.
        </Text>

        <FormField
          label="Bought any of"
          hint="Products, variants, collections or categories; a purchase of any of them counts."
          error={errors.products?.message}
        >
          <div className="flex flex-col gap-y-4" data-testid="flag-connections-targets">
            {PICKERS.map((picker) => (
              <div key={picker.key} className="grid grid-cols-[96px_1fr] items-start gap-x-3">
                <Text size="small" leading="compact" className="text-ui-fg-subtle pt-1.5">
                  {picker.label}
                </Text>
                <Form.Field
                  control={form.control}
                  name={picker.key}
                  render={({ field }) => (
                    <ResourceIdsInput
                      resource={picker.resource}
                      value={field.value}
                      onChange={(items) => {
                        field.onChange(items)
                        // Any one chosen answers "choose at least one".
                        form.clearErrors("products")
                      }}
                      testId={`flag-connections-${picker.key}`}
                    />
                  )}
                />
              </div>
            ))}
          </div>
        </FormField>

        <FormField
          label="How much"
          optional
          hint="Empty means one item in one order."
          error={errors.min_quantity?.message ?? errors.min_orders?.message}
        >
          <Inline>
            <Words>At least</Words>
            <Form.Field
              control={form.control}
              name="min_quantity"
              render={({ field }) => (
                <NumberInput
                  label="Minimum quantity"
                  min={1}
                  value={field.value}
                  onChange={field.onChange}
                  testId="flag-connections-min-quantity"
                  className="w-[80px]"
                />
              )}
            />
            <Words>items, in at least</Words>
            <Form.Field
              control={form.control}
              name="min_orders"
              render={({ field }) => (
                <NumberInput
                  label="Minimum orders"
                  min={1}
                  value={field.value}
                  onChange={field.onChange}
                  testId="flag-connections-min-orders"
                  className="w-[80px]"
                />
              )}
            />
            <Words>orders</Words>
          </Inline>
        </FormField>

        <Form.Field
          control={form.control}
          name="window"
          render={({ field }) => (
            <FormField label="When">
              <WindowFields
                value={field.value}
                onChange={(change) => field.onChange({ ...field.value, ...change })}
                testId="flag-connections-window"
              />
            </FormField>
          )}
        />
      </form>
    </Form>
  )
}
