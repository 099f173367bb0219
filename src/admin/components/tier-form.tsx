import { Textarea } from "@medusajs/ui"
import { useZodForm } from "../hooks/use-zod-form"
import { TIER_BASES } from "../lib/loyalty-format"
import { tierFormSchema, toTierFormValues, toTierPayload } from "../lib/tier-form"
import { LoyaltyTier, LoyaltyTierPayload } from "../lib/types"
import { ChoiceField } from "./choice-field"
import { Form } from "./form"
import { FormField, InputField, NameField } from "./form-field"

type TierFormProps = {
  id: string
  tier?: LoyaltyTier
  /** The rank a new tier gets unless changed: one above the highest. */
  defaultRank?: number
  onSubmit: (payload: LoyaltyTierPayload) => void
}

/** A benefit level (Bronze, Silver, Gold…), reached with enough points. */
export const TierForm = ({ id, tier, defaultRank = 1, onSubmit }: TierFormProps) => {
  const form = useZodForm(tierFormSchema, toTierFormValues(tier, defaultRank))
  const submit = form.handleSubmit((values) => onSubmit(toTierPayload(values)))

  return (
    <Form {...form}>
      <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_160px]">
          <Form.Field
            control={form.control}
            name="name"
            render={({ field }) => (
              <NameField
                id={`${id}-name`}
                data-testid="loyalty-tier-name"
                placeholder="Gold"
                {...field}
              />
            )}
          />
          <Form.Field
            control={form.control}
            name="rank"
            render={({ field }) => (
              <InputField
                label="Rank"
                id={`${id}-rank`}
                data-testid="loyalty-tier-rank"
                type="number"
                min={0}
                {...field}
              />
            )}
          />
        </div>
        <Form.Field
          control={form.control}
          name="min_points"
          render={({ field }) => (
            <InputField
              label="Points needed"
              id={`${id}-min-points`}
              hint="A member reaches the tier with at least this many points."
              data-testid="loyalty-tier-min-points"
              type="number"
              min={0}
              placeholder="1000"
              className="w-[160px]"
              {...field}
            />
          )}
        />
        <Form.Field
          control={form.control}
          name="points_multiplier"
          render={({ field }) => (
            <InputField
              label="Points multiplier"
              id={`${id}-points-multiplier`}
              hint="Members on this tier earn this many times the points an amount gives (on top of campaigns). Empty: 1."
              data-testid="loyalty-tier-points-multiplier"
              type="number"
              min={0}
              step="0.1"
              placeholder="1.5"
              className="w-[160px]"
              {...field}
            />
          )}
        />
        <Form.Field
          control={form.control}
          name="basis"
          render={({ field }) => (
            <ChoiceField
              label="Counted from"
              choices={TIER_BASES}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
        <Form.Field
          control={form.control}
          name="description"
          render={({ field }) => (
            <FormField label="Benefits" htmlFor={`${id}-description`} optional>
              <Textarea
                id={`${id}-description`}
                data-testid="loyalty-tier-description"
                rows={3}
                maxLength={2000}
                placeholder="10% off merchandise, early booking"
                {...field}
              />
            </FormField>
          )}
        />
      </form>
    </Form>
  )
}
