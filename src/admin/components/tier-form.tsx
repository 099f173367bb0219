import { Input, RadioGroup, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { TIER_BASES } from "../lib/loyalty-format"
import { LoyaltyTier, LoyaltyTierPayload, TierBasis } from "../lib/types"
import { FormField } from "./form-field"

type Values = {
  name: string
  min_points: string
  basis: TierBasis
  rank: string
  description: string
}
type Errors = Partial<Record<keyof Values, string>>

const isWholeNumber = (value: string) =>
  value.trim() !== "" && Number.isInteger(Number(value)) && Number(value) >= 0

type TierFormProps = {
  id: string
  tier?: LoyaltyTier
  /** The rank a new tier gets unless changed: one above the highest. */
  defaultRank?: number
  onSubmit: (payload: LoyaltyTierPayload) => void
}

/** A benefit level (Bronze, Silver, Gold…), reached with enough points. */
export const TierForm = ({ id, tier, defaultRank = 1, onSubmit }: TierFormProps) => {
  const [values, setValues] = useState<Values>({
    name: tier?.name ?? "",
    min_points: tier ? String(tier.min_points) : "",
    basis: tier?.basis ?? "lifetime",
    rank: String(tier?.rank ?? defaultRank),
    description: tier?.description ?? "",
  })
  const [errors, setErrors] = useState<Errors>({})

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }))
    setErrors((current) => ({ ...current, [key]: undefined }))
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found: Errors = {}
    if (!values.name.trim()) {
      found.name = "Give the tier a name."
    }
    if (!isWholeNumber(values.min_points)) {
      found.min_points = "Use a whole number of points, 0 or more."
    }
    if (!isWholeNumber(values.rank)) {
      found.rank = "Use a whole number, 0 or more."
    }
    setErrors(found)
    if (Object.values(found).some(Boolean)) {
      return
    }
    onSubmit({
      name: values.name.trim(),
      min_points: Number(values.min_points),
      basis: values.basis,
      rank: Number(values.rank),
      description: values.description.trim() || null,
    })
  }

  return (
    <form id={id} onSubmit={handleSubmit} noValidate className="flex flex-col gap-y-8">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_160px]">
        <FormField label="Name" htmlFor={`${id}-name`} error={errors.name}>
          <Input
            id={`${id}-name`}
            data-testid="loyalty-tier-name"
            value={values.name}
            maxLength={200}
            placeholder="Gold"
            autoComplete="off"
            onChange={(event) => set("name", event.target.value)}
          />
        </FormField>
        <FormField
          label="Rank"
          htmlFor={`${id}-rank`}
          error={errors.rank}
        >
          <Input
            id={`${id}-rank`}
            data-testid="loyalty-tier-rank"
            type="number"
            min={0}
            value={values.rank}
            onChange={(event) => set("rank", event.target.value)}
          />
        </FormField>
      </div>
      <FormField
        label="Points needed"
        htmlFor={`${id}-min-points`}
        hint="A member reaches the tier with at least this many points."
        error={errors.min_points}
      >
        <Input
          id={`${id}-min-points`}
          data-testid="loyalty-tier-min-points"
          type="number"
          min={0}
          placeholder="1000"
          className="w-[160px]"
          value={values.min_points}
          onChange={(event) => set("min_points", event.target.value)}
        />
      </FormField>
      <FormField label="Counted from">
        <RadioGroup
          value={values.basis}
          onValueChange={(basis) => set("basis", basis as TierBasis)}
          className="grid grid-cols-1 gap-2"
          aria-label="Counted from"
        >
          {TIER_BASES.map((basis) => (
            <RadioGroup.ChoiceBox
              key={basis.value}
              value={basis.value}
              label={basis.label}
              description={basis.description}
            />
          ))}
        </RadioGroup>
      </FormField>
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
