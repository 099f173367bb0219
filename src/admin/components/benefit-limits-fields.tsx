import { Select } from "@medusajs/ui"
import { MAX_PRODUCTS, MAX_QUANTITY } from "../lib/benefit-format"
import { BenefitFormValues, SetBenefitField } from "../lib/benefit-form-values"
import { BenefitKind, BenefitQuantityScope } from "../lib/types"
import { FormField } from "./form-field"
import { Inline, NumberInput, Words } from "./order-window-fields"

type LimitValues = Pick<
  BenefitFormValues,
  "limit_products" | "max_products" | "limit_quantity" | "max_quantity" | "quantity_scope"
>

type BenefitLimitsFieldsProps = {
  kind: BenefitKind
  values: LimitValues
  onChange: SetBenefitField
  errors: Partial<Record<keyof LimitValues, string>>
  id: string
}

/** "Any number" or "At most…", as a small select before the number. */
const LimitSelect = ({
  label,
  limited,
  onChange,
  testId,
}: {
  label: string
  limited: boolean
  onChange: (limited: boolean) => void
  testId: string
}) => (
  <Select
    size="small"
    value={limited ? "limited" : "unlimited"}
    onValueChange={(value) => onChange(value === "limited")}
  >
    <Select.Trigger aria-label={label} className="w-[130px]" data-testid={testId}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value="unlimited">Unlimited</Select.Item>
      <Select.Item value="limited">At most…</Select.Item>
    </Select.Content>
  </Select>
)

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? "" : "s"}`

/** The limits as a sentence: "Each customer may buy 2 items of each product early, on up to 3 products." */
const summary = (kind: BenefitKind, values: LimitValues) => {
  const quantity = values.limit_quantity ? Number(values.max_quantity) : NaN
  const products = values.limit_products ? Number(values.max_products) : NaN
  const items =
    quantity > 0
      ? `${plural(quantity, "item")} ${values.quantity_scope === "total" ? "in total" : "of each product"}`
      : null
  const onProducts = products > 0 ? `, on up to ${plural(products, "product")}` : ""
  if (kind === "discount") {
    return items || onProducts
      ? `Each customer gets the discount on ${items ?? "any number of items"}${onProducts}.`
      : "Each customer gets the discount on every item of the chosen products."
  }
  return items || onProducts
    ? `Each customer may buy ${items ?? "any number of items"} early${onProducts}.`
    : "Each customer may buy any number of the chosen products early."
}

/**
 * How much of a discount or of early access one customer can use: on how
 * many products, and how many items (of each product or in total). Counted
 * over all of the customer's orders.
 */
export const BenefitLimitsFields = ({
  kind,
  values,
  onChange,
  errors,
  id,
}: BenefitLimitsFieldsProps) => (
  <div className="flex flex-col gap-y-4" data-testid="benefit-limits">
    <FormField
      label="Products"
      hint={`On how many different products of those chosen one customer can use it: unlimited, or 1 to ${MAX_PRODUCTS}.`}
      error={errors.max_products}
    >
      <Inline>
        <LimitSelect
          label="Products limit"
          limited={values.limit_products}
          onChange={(limited) => onChange("limit_products", limited)}
          testId={`${id}-products-limit`}
        />
        {values.limit_products && (
          <>
            <NumberInput
              label="Most products"
              min={1}
              value={values.max_products}
              onChange={(text) => onChange("max_products", text)}
              testId="benefit-max-products"
              className="w-[72px]"
            />
            <Words>products</Words>
          </>
        )}
      </Inline>
    </FormField>
    <FormField
      label="Items"
      hint={`How many items one customer ${
        kind === "discount"
          ? "gets the discount on (more are sold at the normal price)"
          : "can buy before the public sale start (after it, any number)"
      }, over all their orders: unlimited, or 1 to ${MAX_QUANTITY} of each product or in total.`}
      error={errors.max_quantity ?? errors.quantity_scope}
    >
      <Inline>
        <LimitSelect
          label="Items limit"
          limited={values.limit_quantity}
          onChange={(limited) => onChange("limit_quantity", limited)}
          testId={`${id}-items-limit`}
        />
        {values.limit_quantity && (
          <>
            <NumberInput
              label="Most items"
              min={1}
              value={values.max_quantity}
              onChange={(text) => onChange("max_quantity", text)}
              testId="benefit-max-quantity"
              className="w-[72px]"
            />
            <Words>items</Words>
            <Select
              size="small"
              value={values.quantity_scope}
              onValueChange={(scope) => onChange("quantity_scope", scope as BenefitQuantityScope)}
            >
              <Select.Trigger
                aria-label="Counted"
                className="w-[130px]"
                data-testid="benefit-quantity-scope"
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="per_product">per product</Select.Item>
                <Select.Item value="total">in total</Select.Item>
              </Select.Content>
            </Select>
          </>
        )}
      </Inline>
    </FormField>
    <Words>
      <span data-testid="benefit-limits-summary">{summary(kind, values)}</span>
    </Words>
  </div>
)
