import { Textarea } from "@medusajs/ui"
import { useEffect } from "react"
import { useStoreCurrencies } from "../hooks/segment-resources"
import { useZodForm } from "../hooks/use-zod-form"
import { REWARD_KINDS } from "../lib/loyalty-format"
import { rewardFormSchema, toRewardFormValues, toRewardPayload } from "../lib/reward-form"
import { LoyaltyReward, LoyaltyRewardPayload } from "../lib/types"
import { ActiveSwitch } from "./active-switch"
import { ChoiceField } from "./choice-field"
import { Form } from "./form"
import { FormField, InputField, NameField } from "./form-field"
import { StoreCurrencySelect } from "./store-currency-select"

type RewardFormProps = {
  id: string
  reward?: LoyaltyReward
  onSubmit: (payload: LoyaltyRewardPayload) => void
}

/** What members can take for their points: a code, a gift card or store credit. */
export const RewardForm = ({ id, reward, onSubmit }: RewardFormProps) => {
  const form = useZodForm(rewardFormSchema, toRewardFormValues(reward))
  // A new reward starts in the store's default currency, once it is known.
  const { currencies } = useStoreCurrencies()
  const defaultCurrency = currencies[0]
  useEffect(() => {
    if (!reward && defaultCurrency && !form.getValues("currency_code")) {
      form.setValue("currency_code", defaultCurrency)
      form.clearErrors("currency_code")
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [defaultCurrency])

  const submit = form.handleSubmit((values) => onSubmit(toRewardPayload(values)))

  return (
    <Form {...form}>
      <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
        <Form.Field
          control={form.control}
          name="name"
          render={({ field }) => (
            <NameField
              id={`${id}-name`}
              data-testid="loyalty-reward-name"
              placeholder="50 SEK off"
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
                rows={3}
                maxLength={2000}
                placeholder="Shown to members in the storefront."
                {...field}
              />
            </FormField>
          )}
        />
        <Form.Field
          control={form.control}
          name="points_cost"
          render={({ field }) => (
            <InputField
              label="Points cost"
              id={`${id}-points-cost`}
              hint="Taken from the member's available points when they redeem."
              data-testid="loyalty-reward-points-cost"
              type="number"
              min={1}
              placeholder="500"
              className="w-[160px]"
              {...field}
            />
          )}
        />
        <Form.Field
          control={form.control}
          name="kind"
          render={({ field }) => (
            <ChoiceField
              label="Gives"
              choices={REWARD_KINDS}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_240px]">
          <Form.Field
            control={form.control}
            name="amount"
            render={({ field }) => (
              <InputField
                label="Amount"
                id={`${id}-amount`}
                data-testid="loyalty-reward-amount"
                type="number"
                min={0}
                step="any"
                placeholder="50"
                {...field}
              />
            )}
          />
          <Form.Field
            control={form.control}
            name="currency_code"
            render={({ field, fieldState }) => (
              <FormField label="Currency" htmlFor={`${id}-currency`}>
                <StoreCurrencySelect
                  id={`${id}-currency`}
                  data-testid="loyalty-reward-currency"
                  value={field.value}
                  invalid={!!fieldState.error}
                  onChange={field.onChange}
                />
              </FormField>
            )}
          />
        </div>
        <Form.Field
          control={form.control}
          name="is_active"
          render={({ field }) => (
            <ActiveSwitch
              id={`${id}-active`}
              description="Members can only redeem active rewards."
              checked={field.value}
              onCheckedChange={field.onChange}
            />
          )}
        />
      </form>
    </Form>
  )
}
