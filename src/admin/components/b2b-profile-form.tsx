import { Input, Select } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useStoreCurrencies } from "../hooks/segment-resources"
import { useValidatedForm } from "../hooks/use-validated-form"
import {
  B2BProfileFormValues,
  MAX_COMPANY,
  MAX_ORGANISATION_NUMBER,
  MAX_PAYMENT_DAYS,
  RISK_RATINGS,
  b2bFieldError,
  toB2BFormValues,
  toB2BProfilePayload,
  validateB2BProfile,
} from "../lib/b2b-profile-form"
import { B2BProfile, B2BProfilePayload, RiskRating } from "../lib/types"
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
  const { values, errors, set, handleSubmit } = useValidatedForm<B2BProfileFormValues>(
    () => toB2BFormValues(profile),
    validateB2BProfile
  )
  const [serverError, setServerError] = useState(() => b2bFieldError(error))
  useEffect(() => setServerError(b2bFieldError(error)), [error])

  // A new profile's amount is in the store's default currency unless changed.
  useEffect(() => {
    if (!values.currency_code && currencies[0]) {
      set("currency_code", currencies[0])
    }
  }, [currencies[0]])

  const change = <K extends keyof B2BProfileFormValues>(key: K, value: B2BProfileFormValues[K]) => {
    set(key, value)
    if (serverError?.field === key) {
      setServerError(null)
    }
  }
  const errorOf = (key: keyof B2BProfileFormValues) =>
    errors[key] ?? (serverError?.field === key ? serverError.message : undefined)

  const submit = handleSubmit((values) => onSubmit(toB2BProfilePayload(values, profile)))
  const currencyChoices = [...new Set([...currencies, ...(values.currency_code ? [values.currency_code] : [])])]

  return (
    <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-6" data-testid="b2b-profile-form">
      <InputField
        label="Company"
        id={`${id}-company`}
        maxLength={MAX_COMPANY}
        autoComplete="off"
        placeholder="Nordscen AB"
        error={errorOf("company")}
        value={values.company}
        onChange={(event) => change("company", event.target.value)}
        data-testid="b2b-profile-company"
      />
      <InputField
        label="Organisation number"
        id={`${id}-organisation-number`}
        maxLength={MAX_ORGANISATION_NUMBER}
        autoComplete="off"
        placeholder="556677-8899"
        error={errorOf("organisation_number")}
        value={values.organisation_number}
        onChange={(event) => change("organisation_number", event.target.value)}
        data-testid="b2b-profile-organisation-number"
      />
      <InputField
        label="Website"
        id={`${id}-website`}
        // Text, not "url": staff type "acme.se", which the browser would mark invalid.
        type="text"
        inputMode="url"
        autoComplete="off"
        placeholder="https://example.com"
        error={errorOf("website")}
        value={values.website}
        onChange={(event) => change("website", event.target.value)}
        data-testid="b2b-profile-website"
      />
      <FormField
        label="Allowed outstanding amount"
        htmlFor={`${id}-amount`}
        hint="How much the customer may owe at once; empty for no limit set."
        error={errorOf("allowed_outstanding_amount") ?? errorOf("currency_code")}
      >
        <div className="flex items-center gap-x-2">
          <Input
            id={`${id}-amount`}
            type="number"
            min={0}
            step="0.01"
            placeholder="25000"
            className="w-[160px]"
            value={values.allowed_outstanding_amount}
            onChange={(event) => change("allowed_outstanding_amount", event.target.value)}
            data-testid="b2b-profile-amount"
          />
          <Select
            size="small"
            value={values.currency_code || undefined}
            onValueChange={(value) => change("currency_code", value)}
          >
            <Select.Trigger aria-label="Currency" className="w-[100px]" data-testid="b2b-profile-currency">
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
        </div>
      </FormField>
      <FormField
        label="Maximum payment days"
        htmlFor={`${id}-payment-days`}
        hint={`The longest payment term, 0 to ${MAX_PAYMENT_DAYS} days.`}
        error={errorOf("max_payment_days")}
      >
        <NumberWithUnit
          id={`${id}-payment-days`}
          unit="days"
          min={0}
          max={MAX_PAYMENT_DAYS}
          step={1}
          placeholder="30"
          value={values.max_payment_days}
          onChange={(event) => change("max_payment_days", event.target.value)}
          data-testid="b2b-profile-payment-days"
        />
      </FormField>
      <FormField label="Risk rating" htmlFor={`${id}-risk-rating`} error={errorOf("risk_rating")}>
        <Select
          size="small"
          value={values.risk_rating || NO_RATING}
          onValueChange={(value) => change("risk_rating", value === NO_RATING ? "" : (value as RiskRating))}
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
    </form>
  )
}
