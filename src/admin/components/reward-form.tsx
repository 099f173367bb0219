import { Textarea } from "@medusajs/ui"
import { useEffect } from "react"
import { useStoreCurrencies } from "../hooks/segment-resources"
import { FieldErrors, useValidatedForm } from "../hooks/use-validated-form"
import { REWARD_KINDS } from "../lib/loyalty-format"
import { LoyaltyReward, LoyaltyRewardPayload, RewardKind } from "../lib/types"
import { ActiveSwitch } from "./active-switch"
import { ChoiceField } from "./choice-field"
import { FormField, InputField, NameField } from "./form-field"
import { StoreCurrencySelect } from "./store-currency-select"

type Values = {
  name: string
  description: string
  points_cost: string
  kind: RewardKind
  amount: string
  currency_code: string
  is_active: boolean
}

const toValues = (reward?: LoyaltyReward): Values => ({
  name: reward?.name ?? "",
  description: reward?.description ?? "",
  points_cost: reward ? String(reward.points_cost) : "",
  kind: reward?.kind ?? "promotion_code",
  amount: reward ? String(reward.amount) : "",
  currency_code: reward?.currency_code.toLowerCase() ?? "",
  is_active: reward?.is_active ?? true,
})

const validate = (values: Values) => {
  const errors: FieldErrors<Values> = {}
  if (!values.name.trim()) {
    errors.name = "Give the reward a name."
  }
  const cost = Number(values.points_cost)
  if (!values.points_cost.trim() || !Number.isInteger(cost) || cost < 1) {
    errors.points_cost = "Use a whole number of points, 1 or more."
  }
  if (!values.amount.trim() || !(Number(values.amount) > 0)) {
    errors.amount = "Use an amount greater than 0."
  }
  if (!values.currency_code) {
    errors.currency_code = "Choose the currency of the amount."
  }
  return errors
}

type RewardFormProps = {
  id: string
  reward?: LoyaltyReward
  onSubmit: (payload: LoyaltyRewardPayload) => void
}

/** What members can take for their points: a code, a gift card or store credit. */
export const RewardForm = ({ id, reward, onSubmit }: RewardFormProps) => {
  const { values, errors, set, handleSubmit } = useValidatedForm(() => toValues(reward), validate)
  // A new reward starts in the store's default currency, once it is known.
  const { currencies } = useStoreCurrencies()
  const defaultCurrency = currencies[0]
  useEffect(() => {
    if (!reward && defaultCurrency && !values.currency_code) {
      set("currency_code", defaultCurrency)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [defaultCurrency])

  const submit = handleSubmit((values) =>
    onSubmit({
      name: values.name.trim(),
      description: values.description.trim() || null,
      points_cost: Number(values.points_cost),
      kind: values.kind,
      amount: Number(values.amount),
      currency_code: values.currency_code.toLowerCase(),
      is_active: values.is_active,
    })
  )

  return (
    <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
      <NameField
        id={`${id}-name`}
        error={errors.name}
        data-testid="loyalty-reward-name"
        value={values.name}
        placeholder="50 SEK off"
        onChange={(event) => set("name", event.target.value)}
      />
      <FormField label="Description" htmlFor={`${id}-description`} optional>
        <Textarea
          id={`${id}-description`}
          rows={3}
          maxLength={2000}
          placeholder="Shown to members in the storefront."
          value={values.description}
          onChange={(event) => set("description", event.target.value)}
        />
      </FormField>
      <InputField
        label="Points cost"
        id={`${id}-points-cost`}
        hint="Taken from the member's available points when they redeem."
        error={errors.points_cost}
        data-testid="loyalty-reward-points-cost"
        type="number"
        min={1}
        placeholder="500"
        className="w-[160px]"
        value={values.points_cost}
        onChange={(event) => set("points_cost", event.target.value)}
      />
      <ChoiceField
        label="Gives"
        choices={REWARD_KINDS}
        value={values.kind}
        onChange={(kind) => set("kind", kind)}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_240px]">
        <InputField
          label="Amount"
          id={`${id}-amount`}
          error={errors.amount}
          data-testid="loyalty-reward-amount"
          type="number"
          min={0}
          step="any"
          placeholder="50"
          value={values.amount}
          onChange={(event) => set("amount", event.target.value)}
        />
        <FormField label="Currency" htmlFor={`${id}-currency`} error={errors.currency_code}>
          <StoreCurrencySelect
            id={`${id}-currency`}
            data-testid="loyalty-reward-currency"
            value={values.currency_code}
            invalid={!!errors.currency_code}
            onChange={(code) => set("currency_code", code)}
          />
        </FormField>
      </div>
      <ActiveSwitch
        id={`${id}-active`}
        description="Members can only redeem active rewards."
        checked={values.is_active}
        onCheckedChange={(checked) => set("is_active", checked)}
      />
    </form>
  )
}
