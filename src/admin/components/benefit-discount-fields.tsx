import { Input, Select, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useStoreCurrencies } from "../hooks/segment-resources"
import { BenefitFormValues, SetBenefitField } from "../lib/benefit-form-values"
import { BenefitDiscountType } from "../lib/types"
import { FormField } from "./form-field"
import { Inline, Words } from "./order-window-fields"

type DiscountValues = Pick<BenefitFormValues, "discount_type" | "discount_value" | "currency_code">

type BenefitDiscountFieldsProps = {
  id: string
  values: DiscountValues
  onChange: SetBenefitField
  errors: Partial<Record<keyof DiscountValues, string>>
  /** The promotion the server keeps for a saved discount. */
  promotionId?: string | null
}

/**
 * How much off each item: a percentage, or an amount in one of the store's
 * currencies, in its main unit as Medusa's promotions take it (50 = 50 SEK).
 */
export const BenefitDiscountFields = ({
  id,
  values,
  onChange,
  errors,
  promotionId,
}: BenefitDiscountFieldsProps) => {
  const { currencies } = useStoreCurrencies()
  const fixed = values.discount_type === "fixed"
  return (
    <FormField
      label="Discount"
      hint={
        fixed
          ? "Taken off each discounted item, in the currency's main unit: 50 means 50 SEK. Carts in other currencies get no discount."
          : "A whole percentage off each discounted item."
      }
      error={errors.discount_value ?? errors.currency_code ?? errors.discount_type}
    >
      <Inline>
        <Select
          size="small"
          value={values.discount_type}
          onValueChange={(type) => onChange("discount_type", type as BenefitDiscountType)}
        >
          <Select.Trigger
            aria-label="Discount type"
            className="w-[150px]"
            data-testid="benefit-discount-type"
          >
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="percentage">Percentage</Select.Item>
            <Select.Item value="fixed">Fixed amount</Select.Item>
          </Select.Content>
        </Select>
        <Input
          id={`${id}-discount-value`}
          size="small"
          type="number"
          min={fixed ? 0 : 1}
          max={fixed ? undefined : 100}
          step={fixed ? "any" : 1}
          aria-label={fixed ? "Amount off" : "Percentage off"}
          placeholder={fixed ? "50" : "20"}
          className="w-[100px]"
          value={values.discount_value}
          onChange={(event) => onChange("discount_value", event.target.value)}
          data-testid="benefit-discount-value"
        />
        {fixed ? (
          <Select
            size="small"
            value={values.currency_code || undefined}
            onValueChange={(code) => onChange("currency_code", code)}
          >
            <Select.Trigger
              aria-label="Currency"
              className="w-[100px]"
              data-testid="benefit-currency"
            >
              <Select.Value placeholder="Currency" />
            </Select.Trigger>
            <Select.Content>
              {currencies.map((code) => (
                <Select.Item key={code} value={code}>
                  {code.toUpperCase()}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        ) : (
          <Words>%</Words>
        )}
        <Words>off each item</Words>
      </Inline>
      {promotionId && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Applied by the promotion{" "}
          <Link
            to={`/promotions/${promotionId}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-mono"
            data-testid="benefit-promotion-link"
          >
            {promotionId}
          </Link>
          , kept in step with this benefit: change it here, not there.
        </Text>
      )}
    </FormField>
  )
}
