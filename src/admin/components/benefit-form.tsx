import { Badge, Button, DatePicker, Select, Text, Textarea } from "@medusajs/ui"
import { useEffect } from "react"
import { useZodForm } from "../hooks/use-zod-form"
import { BENEFIT_KINDS, hasLimits, kindOf } from "../lib/benefit-format"
import {
  BenefitFormValues,
  SetBenefitField,
  benefitFormSchema,
  serverFieldError,
  toBenefitPayload,
  toFormValues,
} from "../lib/benefit-form-values"
import { Benefit, BenefitKind, BenefitPayload } from "../lib/types"
import { ActiveSwitch } from "./active-switch"
import { BenefitDiscountFields } from "./benefit-discount-fields"
import { BenefitLimitsFields } from "./benefit-limits-fields"
import { ChoiceField } from "./choice-field"
import { Form } from "./form"
import { FormField, InputField } from "./form-field"
import { ResourceIdsInput } from "./resource-ids-input"

const TITLE_PLACEHOLDERS: Record<BenefitKind, string> = {
  discount: "20% off the winter collection",
  early_access: "VIP presale",
  offer_link: "Free tickets to the premiere",
}

/** The minute now, as the date and time picker shows it. */
const thisMinute = () => {
  const now = new Date()
  now.setSeconds(0, 0)
  return now
}

type BenefitFormProps = {
  id: string
  benefit?: Benefit | null
  isPending: boolean
  /** The last save's error; one naming a field shows under it. */
  error?: Error | null
  /** The kind is chosen when the benefit is made; it cannot change afterwards. */
  onSubmit: (payload: BenefitPayload, kind: BenefitKind) => void
  onCancel: () => void
}

/**
 * A discount, early access or an offer link: the kind first (when new), then
 * its own fields, the limits of discounts and early access, and the dates.
 */
export const BenefitForm = ({
  id,
  benefit,
  isPending,
  error,
  onSubmit,
  onCancel,
}: BenefitFormProps) => {
  const form = useZodForm(benefitFormSchema, toFormValues(benefit))
  const values = form.watch()
  const { errors } = form.formState

  // A 400 naming a field shows under it until that field changes.
  useEffect(() => {
    const serverError = serverFieldError(error)
    if (serverError) {
      form.setError(serverError.field, { type: "server", message: serverError.message })
    }
  }, [error, form])

  /** The kind's own fields are pickers and selects: set as chosen, and their error goes. */
  const change: SetBenefitField = (key, value) => {
    // react-hook-form's path types cannot follow a generic key; the key and value match by SetBenefitField.
    form.setValue(key, value as never, { shouldDirty: true })
    form.clearErrors(key)
  }
  const errorOf = (key: keyof BenefitFormValues) => errors[key]?.message

  const kind = values.kind
  const kindLabel = kindOf(kind).label.toLowerCase()
  const onVariants = kind === "discount" && values.target === "variants"
  const submit = form.handleSubmit((values) => onSubmit(toBenefitPayload(values), values.kind))

  return (
    <Form {...form}>
      <form
        id={id}
        onSubmit={submit}
        noValidate
        className="shadow-borders-base flex flex-col gap-y-6 rounded-lg p-4"
        data-testid="benefit-form"
        data-kind={kind}
      >
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus">
            {benefit ? `Edit ${kindLabel}` : "New benefit"}
          </Text>
          {benefit && (
            <Badge size="2xsmall" color={kindOf(kind).color}>
              {kindOf(kind).label}
            </Badge>
          )}
        </div>
        {!benefit && (
          <ChoiceField
            label="Kind"
            choices={BENEFIT_KINDS.map((choice) => ({
              ...choice,
              testId: `benefit-kind-${choice.value}`,
            }))}
            value={kind}
            onChange={(next) => change("kind", next)}
          />
        )}
        <Form.Field
          control={form.control}
          name="title"
          render={({ field }) => (
            <InputField
              label="Title"
              id={`${id}-title`}
              maxLength={200}
              autoComplete="off"
              placeholder={TITLE_PLACEHOLDERS[kind]}
              hint={
                kind === "offer_link"
                  ? undefined
                  : "Shown to the customer, and in the message when a limit is reached."
              }
              data-testid="benefit-title"
              {...field}
            />
          )}
        />
        <Form.Field
          control={form.control}
          name="description"
          render={({ field }) => (
            <FormField label="Description" htmlFor={`${id}-description`} optional>
              <Textarea
                id={`${id}-description`}
                data-testid="benefit-description"
                rows={2}
                maxLength={2000}
                placeholder="What the customer gets and how"
                {...field}
              />
            </FormField>
          )}
        />

        {kind === "offer_link" && (
          <div className="grid grid-cols-1 items-start gap-4 sm:grid-cols-[1fr_160px]">
            <Form.Field
              control={form.control}
              name="url"
              render={({ field }) => (
                <InputField
                  label="URL"
                  id={`${id}-url`}
                  type="url"
                  placeholder="https://example.com/offer"
                  data-testid="benefit-url"
                  {...field}
                />
              )}
            />
            <Form.Field
              control={form.control}
              name="code"
              render={({ field }) => (
                <InputField
                  label="Code"
                  id={`${id}-code`}
                  maxLength={100}
                  autoComplete="off"
                  placeholder="WINTER20"
                  data-testid="benefit-code"
                  {...field}
                />
              )}
            />
          </div>
        )}

        {kind !== "offer_link" && (
          <FormField
            label={kind === "discount" ? "On" : "Products"}
            hint={
              kind === "discount"
                ? "Whole products (every variant) or single variants, up to 100."
                : "Up to 100 products. Early access only matters for products with a public sale start, set on the product's page."
            }
            error={
              errorOf(onVariants ? "variants" : "products") ??
              errorOf(onVariants ? "products" : "variants")
            }
          >
            {kind === "discount" && (
              <Select
                size="small"
                value={values.target}
                onValueChange={(target) => change("target", target as BenefitFormValues["target"])}
              >
                <Select.Trigger
                  aria-label="Discount on"
                  className="w-[180px]"
                  data-testid="benefit-target"
                >
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="products">Products</Select.Item>
                  <Select.Item value="variants">Variants</Select.Item>
                </Select.Content>
              </Select>
            )}
            {onVariants ? (
              <ResourceIdsInput
                key="variants"
                resource="product_variant"
                value={values.variants}
                onChange={(items) => change("variants", items)}
                testId="benefit-variants"
              />
            ) : (
              <ResourceIdsInput
                key="products"
                resource="product"
                value={values.products}
                onChange={(items) => change("products", items)}
                testId="benefit-products"
              />
            )}
          </FormField>
        )}

        {kind === "discount" && (
          <BenefitDiscountFields
            id={id}
            values={values}
            onChange={change}
            errors={{
              discount_type: errorOf("discount_type"),
              discount_value: errorOf("discount_value"),
              currency_code: errorOf("currency_code"),
            }}
            promotionId={benefit?.promotion_id}
          />
        )}

        {kind === "early_access" && (
          <FormField
            label="Early access from"
            hint="From this moment these customers may buy the products, until the public sale start (in your time zone)."
            error={errorOf("early_access_from")}
          >
            <div className="flex items-center gap-x-2">
              <div className="w-[260px]" data-testid="benefit-early-access-from">
                <DatePicker
                  aria-label="Early access from"
                  granularity="minute"
                  value={values.early_access_from}
                  onChange={(date) => change("early_access_from", date)}
                />
              </div>
              <Button
                size="small"
                variant="transparent"
                type="button"
                onClick={() => change("early_access_from", thisMinute())}
                data-testid="benefit-early-access-now"
              >
                Now
              </Button>
            </div>
          </FormField>
        )}

        {hasLimits(kind) && (
          <BenefitLimitsFields
            id={id}
            kind={kind}
            values={values}
            onChange={change}
            errors={{
              max_products: errorOf("max_products"),
              max_quantity: errorOf("max_quantity"),
              quantity_scope: errorOf("quantity_scope"),
            }}
          />
        )}

        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField label="Starts on" optional error={errorOf("starts_at")}>
            <DatePicker
              aria-label="Starts on"
              value={values.starts_at}
              onChange={(date) => change("starts_at", date)}
            />
          </FormField>
          <FormField label="Ends on" optional error={errorOf("ends_at")}>
            <DatePicker
              aria-label="Ends on"
              value={values.ends_at}
              onChange={(date) => change("ends_at", date)}
            />
          </FormField>
        </div>
        <ActiveSwitch
          id={`${id}-active`}
          description={`Inactive benefits are kept but customers do not get them.`}
          checked={values.is_active}
          onCheckedChange={(checked) => change("is_active", checked)}
        />
        {errorOf("kind") && (
          <Text size="small" className="text-ui-fg-error">
            {errorOf("kind")}
          </Text>
        )}
        <div className="flex items-center justify-end gap-x-2">
          <Button size="small" variant="secondary" type="button" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            size="small"
            type="submit"
            isLoading={isPending}
            data-testid="benefit-form-submit"
          >
            {benefit ? `Save ${kindLabel}` : `Add ${kindLabel}`}
          </Button>
        </div>
      </form>
    </Form>
  )
}
