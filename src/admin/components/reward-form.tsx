import { Input, Label, RadioGroup, Switch, Text, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { REWARD_KINDS } from "../lib/loyalty-format"
import { LoyaltyReward, LoyaltyRewardPayload, RewardKind } from "../lib/types"
import { FormField } from "./form-field"

type Values = {
  name: string
  description: string
  points_cost: string
  kind: RewardKind
  amount: string
  currency_code: string
  is_active: boolean
}
type Errors = Partial<Record<keyof Values, string>>

const toValues = (reward?: LoyaltyReward): Values => ({
  name: reward?.name ?? "",
  description: reward?.description ?? "",
  points_cost: reward ? String(reward.points_cost) : "",
  kind: reward?.kind ?? "promotion_code",
  amount: reward ? String(reward.amount) : "",
  currency_code: reward?.currency_code.toUpperCase() ?? "",
  is_active: reward?.is_active ?? true,
})

const validate = (values: Values): Errors => {
  const errors: Errors = {}
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
  if (!/^[A-Za-z]{3}$/.test(values.currency_code)) {
    errors.currency_code = "Use a 3-letter currency code."
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
  const [values, setValues] = useState(() => toValues(reward))
  const [errors, setErrors] = useState<Errors>({})

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors((current) => ({ ...current, [key]: undefined }))
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validate(values)
    setErrors(found)
    if (Object.values(found).some(Boolean)) {
      return
    }
    onSubmit({
      name: values.name.trim(),
      description: values.description.trim() || null,
      points_cost: Number(values.points_cost),
      kind: values.kind,
      amount: Number(values.amount),
      currency_code: values.currency_code.toLowerCase(),
      is_active: values.is_active,
    })
  }

  return (
    <form id={id} onSubmit={handleSubmit} noValidate className="flex flex-col gap-y-8">
      <FormField label="Name" htmlFor={`${id}-name`} error={errors.name}>
        <Input
          id={`${id}-name`}
          data-testid="loyalty-reward-name"
          value={values.name}
          maxLength={200}
          placeholder="50 SEK off"
          autoComplete="off"
          onChange={(event) => set("name", event.target.value)}
        />
      </FormField>
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
      <FormField
        label="Points cost"
        htmlFor={`${id}-points-cost`}
        hint="Taken from the member's available points when they redeem."
        error={errors.points_cost}
      >
        <Input
          id={`${id}-points-cost`}
          data-testid="loyalty-reward-points-cost"
          type="number"
          min={1}
          placeholder="500"
          className="w-[160px]"
          value={values.points_cost}
          onChange={(event) => set("points_cost", event.target.value)}
        />
      </FormField>
      <FormField label="Gives">
        <RadioGroup
          value={values.kind}
          onValueChange={(kind) => set("kind", kind as RewardKind)}
          className="grid grid-cols-1 gap-2"
          aria-label="Gives"
        >
          {REWARD_KINDS.map((kind) => (
            <RadioGroup.ChoiceBox
              key={kind.value}
              value={kind.value}
              label={kind.label}
              description={kind.description}
            />
          ))}
        </RadioGroup>
      </FormField>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_120px]">
        <FormField label="Amount" htmlFor={`${id}-amount`} error={errors.amount}>
          <Input
            id={`${id}-amount`}
            data-testid="loyalty-reward-amount"
            type="number"
            min={0}
            step="any"
            placeholder="50"
            value={values.amount}
            onChange={(event) => set("amount", event.target.value)}
          />
        </FormField>
        <FormField label="Currency" htmlFor={`${id}-currency`} error={errors.currency_code}>
          <Input
            id={`${id}-currency`}
            data-testid="loyalty-reward-currency"
            maxLength={3}
            placeholder="SEK"
            className="font-mono uppercase"
            value={values.currency_code}
            onChange={(event) => set("currency_code", event.target.value.toUpperCase().trim())}
          />
        </FormField>
      </div>
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex flex-col gap-y-1">
          <Label size="small" weight="plus" htmlFor={`${id}-active`}>
            Active
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            Members can only redeem active rewards.
          </Text>
        </div>
        <Switch
          id={`${id}-active`}
          checked={values.is_active}
          onCheckedChange={(checked) => set("is_active", checked)}
        />
      </div>
    </form>
  )
}
