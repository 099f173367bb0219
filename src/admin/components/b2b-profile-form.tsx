import { Input, Select } from "@medusajs/ui"
import { useEffect } from "react"
import { useStoreCurrencies } from "../hooks/segment-resources"
import { useZodForm } from "../hooks/use-zod-form"
import {
  MAX_COMPANY,
  MAX_ORGANISATION_NUMBER,
  MAX_PAYMENT_DAYS,
  RISK_RATINGS,
  b2bFieldError,
  b2bProfileFormSchema,
  toB2BFormValues,
  toB2BProfilePayload,
} from "../lib/b2b-profile-form"
import { B2BProfile, B2BProfilePayload, RiskRating } from "../lib/types"
import { Form } from "./form"
import { FormField, InputField } from "./form-field"
import { NumberWithUnit } from "./number-with-unit"

const NO_RATING = "none"

type B2BProfileFormProps = {
  id: string
  profile: B2BProfile | null
  /** The last save's error: a 400 naming a field shows under it. */
  error?: Error | null
  onSubmit: (payload: B2BProfilePayload) => void
}

/** Company, organisation number, website, credit limit, payment terms and risk rating. */
export const B2BProfileForm = ({ id, profile, error, onSubmit }: B2BProfileFormProps) => {
  const { currencies } = useStoreCurrencies()
  const form = useZodForm(b2bProfileFormSchema, toB2BFormValues(profile))
  const { errors } = form.formState

  // A 400 naming a field shows under it until that field changes.
  useEffect(() => {
    const serverError = b2bFieldError(error)
    if (serverError) {
      form.setError(serverError.field, { type: "server", message: serverError.message })
    }
  }, [error, form])

  // A new profile's amount is in the store's default currency unless changed.
  const currencyCode = form.watch("currency_code")
  const defaultCurrency = currencies[0]
  useEffect(() => {
    if (!form.getValues("currency_code") && defaultCurrency) {
      form.setValue("currency_code", defaultCurrency)
    }
  }, [defaultCurrency, form])

  const submit = form.handleSubmit((values) => onSubmit(toB2BProfilePayload(values, profile)))
  const currencyChoices = [...new Set([...currencies, ...(currencyCode ? [currencyCode] : [])])]

  return (
    <Form {...form}>
      <form
        id={id}
        onSubmit={submit}
        noValidate
        className="flex flex-col gap-y-6"
        data-testid="b2b-profile-form"
      >
        <Form.Field
          control={form.control}
          name="company"
          render={({ field }) => (
            <InputField
              label="Company"
              id={`${id}-company`}
              maxLength={MAX_COMPANY}
              autoComplete="off"
              placeholder="Nordscen AB"
              {...field}
              data-testid="b2b-profile-company"
            />
          )}
        />
        <Form.Field
          control={form.control}
          name="organisation_number"
          render={({ field }) => (
            <InputField
              label="Organisation number"
              id={`${id}-organisation-number`}
              maxLength={MAX_ORGANISATION_NUMBER}
              autoComplete="off"
              placeholder="556677-8899"
              {...field}
              data-testid="b2b-profile-organisation-number"
            />
          )}
        />
        <Form.Field
          control={form.control}
          name="website"
          render={({ field }) => (
            <InputField
              label="Website"
              id={`${id}-website`}
              // Text, not "url": staff type "acme.se", which the browser would mark invalid.
              type="text"
              inputMode="url"
              autoComplete="off"
              placeholder="https://example.com"
              {...field}
              data-testid="b2b-profile-website"
            />
          )}
        />
        <FormField
          label="Allowed outstanding amount"
          htmlFor={`${id}-amount`}
          hint="How much the customer may owe at once; empty for no limit set."
          error={errors.allowed_outstanding_amount?.message ?? errors.currency_code?.message}
        >
          <div className="flex items-center gap-x-2">
            <Form.Field
              control={form.control}
              name="allowed_outstanding_amount"
              render={({ field }) => (
                <Input
                  id={`${id}-amount`}
                  type="number"
                  min={0}
                  step="0.01"
                  placeholder="25000"
                  className="w-[160px]"
                  {...field}
                  data-testid="b2b-profile-amount"
                />
              )}
            />
            <Form.Field
              control={form.control}
              name="currency_code"
              render={({ field }) => (
                <Select
                  size="small"
                  value={field.value || undefined}
                  onValueChange={field.onChange}
                >
                  <Select.Trigger
                    aria-label="Currency"
                    className="w-[100px]"
                    data-testid="b2b-profile-currency"
                  >
                    <Select.Value placeholder="Currency" />
                  </Select.Trigger>
                  <Select.Content>
                    {currencyChoices.map((code) => (
                      <Select.Item key={code} value={code}>
                        {code.toUpperCase()}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              )}
            />
          </div>
        </FormField>
        <Form.Field
          control={form.control}
          name="max_payment_days"
          render={({ field }) => (
            <FormField
              label="Maximum payment days"
              htmlFor={`${id}-payment-days`}
              hint={`The longest payment term, 0 to ${MAX_PAYMENT_DAYS} days.`}
            >
              <NumberWithUnit
                id={`${id}-payment-days`}
                unit="days"
                min={0}
                max={MAX_PAYMENT_DAYS}
                step={1}
                placeholder="30"
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                data-testid="b2b-profile-payment-days"
              />
            </FormField>
          )}
        />
        <Form.Field
          control={form.control}
          name="risk_rating"
          render={({ field }) => (
            <FormField label="Risk rating" htmlFor={`${id}-risk-rating`}>
              <Select
                size="small"
                value={field.value || NO_RATING}
                onValueChange={(value) =>
                  field.onChange(value === NO_RATING ? "" : (value as RiskRating))
                }
              >
                <Select.Trigger id={`${id}-risk-rating`} data-testid="b2b-profile-risk-rating">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NO_RATING}>Not rated</Select.Item>
                  {RISK_RATINGS.map((rating) => (
                    <Select.Item key={rating.value} value={rating.value}>
                      {rating.label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
          )}
        />
      </form>
    </Form>
  )
}
