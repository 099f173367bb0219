import { Textarea } from "@medusajs/ui"
import { FieldErrors, useValidatedForm } from "../hooks/use-validated-form"
import { TIER_BASES } from "../lib/loyalty-format"
import { LoyaltyTier, LoyaltyTierPayload, TierBasis } from "../lib/types"
import { ChoiceField } from "./choice-field"
import { FormField, InputField, NameField } from "./form-field"

type Values = {
  name: string
  min_points: string
  basis: TierBasis
  rank: string
  points_multiplier: string
  description: string
}

const isWholeNumber = (value: string) =>
  value.trim() !== "" && Number.isInteger(Number(value)) && Number(value) >= 0

const validate = (values: Values) => {
  const errors: FieldErrors<Values> = {}
  if (!values.name.trim()) {
    errors.name = "Give the tier a name."
  }
  if (!isWholeNumber(values.min_points)) {
    errors.min_points = "Use a whole number of points, 0 or more."
  }
  if (!isWholeNumber(values.rank)) {
    errors.rank = "Use a whole number, 0 or more."
  }
  const multiplier = Number(values.points_multiplier)
  if (values.points_multiplier.trim() !== "" && !(multiplier > 0 && multiplier <= 100)) {
    errors.points_multiplier = "Use a number above 0 and at most 100, such as 1.5."
  }
  return errors
}

type TierFormProps = {
  id: string
  tier?: LoyaltyTier
  /** The rank a new tier gets unless changed: one above the highest. */
  defaultRank?: number
  onSubmit: (payload: LoyaltyTierPayload) => void
}

/** A benefit level (Bronze, Silver, Gold…), reached with enough points. */
export const TierForm = ({ id, tier, defaultRank = 1, onSubmit }: TierFormProps) => {
  const { values, errors, set, handleSubmit } = useValidatedForm<Values>(
    () => ({
      name: tier?.name ?? "",
      min_points: tier ? String(tier.min_points) : "",
      basis: tier?.basis ?? "lifetime",
      rank: String(tier?.rank ?? defaultRank),
      points_multiplier: tier?.points_multiplier == null ? "" : String(tier.points_multiplier),
      description: tier?.description ?? "",
    }),
    validate
  )

  const submit = handleSubmit((values) =>
    onSubmit({
      name: values.name.trim(),
      min_points: Number(values.min_points),
      basis: values.basis,
      rank: Number(values.rank),
      points_multiplier:
        values.points_multiplier.trim() === "" ? null : Number(values.points_multiplier),
      description: values.description.trim() || null,
    })
  )

  return (
    <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_160px]">
        <NameField
          id={`${id}-name`}
          error={errors.name}
          data-testid="loyalty-tier-name"
          value={values.name}
          placeholder="Gold"
          onChange={(event) => set("name", event.target.value)}
        />
        <InputField
          label="Rank"
          id={`${id}-rank`}
          error={errors.rank}
          data-testid="loyalty-tier-rank"
          type="number"
          min={0}
          value={values.rank}
          onChange={(event) => set("rank", event.target.value)}
        />
      </div>
      <InputField
        label="Points needed"
        id={`${id}-min-points`}
        hint="A member reaches the tier with at least this many points."
        error={errors.min_points}
        data-testid="loyalty-tier-min-points"
        type="number"
        min={0}
        placeholder="1000"
        className="w-[160px]"
        value={values.min_points}
        onChange={(event) => set("min_points", event.target.value)}
      />
      <InputField
        label="Points multiplier"
        id={`${id}-points-multiplier`}
        hint="Members on this tier earn this many times the points an amount gives (on top of campaigns). Empty: 1."
        error={errors.points_multiplier}
        data-testid="loyalty-tier-points-multiplier"
        type="number"
        min={0}
        step="0.1"
        placeholder="1.5"
        className="w-[160px]"
        value={values.points_multiplier}
        onChange={(event) => set("points_multiplier", event.target.value)}
      />
      <ChoiceField
        label="Counted from"
        choices={TIER_BASES}
        value={values.basis}
        onChange={(basis) => set("basis", basis)}
      />
      <FormField label="Benefits" htmlFor={`${id}-description`} optional>
        <Textarea
          id={`${id}-description`}
          data-testid="loyalty-tier-description"
          rows={3}
          maxLength={2000}
          placeholder="10% off merchandise, early booking"
          value={values.description}
          onChange={(event) => set("description", event.target.value)}
        />
      </FormField>
    </form>
  )
}
