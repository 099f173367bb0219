import { DatePicker, Input, RadioGroup, Text } from "@medusajs/ui"
import { FieldErrors, useValidatedForm } from "../hooks/use-validated-form"
import { endOfDay } from "../lib/flag-format"
import { LoyaltyEarnRule, LoyaltyEarnRulePayload } from "../lib/types"
import { ActiveSwitch } from "./active-switch"
import {
  EarnRuleTargetDraft,
  EarnRuleTargetPicker,
  emptyTarget,
} from "./earn-rule-target-picker"
import { FormField, NameField } from "./form-field"

type Mode = "points_per_item" | "multiplier"

type Values = {
  name: string
  target: EarnRuleTargetDraft
  mode: Mode
  points_per_item: string
  multiplier: string
  starts_at: Date | null
  ends_at: Date | null
  is_active: boolean
}

const toValues = (rule?: LoyaltyEarnRule, targetLabel?: string | null): Values => ({
  name: rule?.name ?? "",
  target: rule
    ? { ...emptyTarget(rule.target.type), id: rule.target.id, label: targetLabel ?? rule.target.id }
    : emptyTarget(),
  mode: rule?.multiplier != null ? "multiplier" : "points_per_item",
  points_per_item: rule?.points_per_item != null ? String(rule.points_per_item) : "",
  multiplier: rule?.multiplier != null ? String(Number(rule.multiplier)) : "2",
  starts_at: rule?.starts_at ? new Date(rule.starts_at) : null,
  ends_at: rule?.ends_at ? new Date(rule.ends_at) : null,
  is_active: rule?.is_active ?? true,
})

const validate = (values: Values) => {
  const errors: FieldErrors<Values> = {}
  if (!values.name.trim()) {
    errors.name = "Give the rule a name, e.g. \"Double points in December\"."
  }
  if (values.target.type !== "all" && !values.target.id) {
    errors.target =
      values.target.type === "variant" ? "Pick a product, then one of its variants." : "Pick what the rule applies to."
  }
  if (values.mode === "points_per_item") {
    const points = Number(values.points_per_item)
    if (!values.points_per_item.trim() || !Number.isInteger(points) || points < 1) {
      errors.points_per_item = "Use a whole number of points, 1 or more."
    }
  } else {
    const factor = Number(values.multiplier)
    if (!values.multiplier.trim() || !(factor > 0) || factor > 100) {
      errors.multiplier = "Use a factor greater than 0 and at most 100, e.g. 2 or 1.5."
    }
  }
  if (values.starts_at && values.ends_at && endOfDay(values.ends_at) <= values.starts_at) {
    errors.ends_at = "The end must come after the start."
  }
  return errors
}

type EarnRuleFormProps = {
  id: string
  rule?: LoyaltyEarnRule
  /** The name of the rule's current target, when known. */
  targetLabel?: string | null
  onSubmit: (payload: LoyaltyEarnRulePayload) => void
}

/** Extra points for some purchases: fixed points per item or a multiplier, optionally between two dates. */
export const EarnRuleForm = ({ id, rule, targetLabel, onSubmit }: EarnRuleFormProps) => {
  const { values, errors, set, handleSubmit } = useValidatedForm(
    () => toValues(rule, targetLabel),
    validate
  )

  const submit = handleSubmit((values) => {
    const startOfDay = values.starts_at && new Date(values.starts_at)
    startOfDay?.setHours(0, 0, 0, 0)
    onSubmit({
      name: values.name.trim(),
      target:
        values.target.type === "all"
          ? { type: "all", id: null }
          : { type: values.target.type, id: values.target.id },
      points_per_item: values.mode === "points_per_item" ? Number(values.points_per_item) : null,
      multiplier: values.mode === "multiplier" ? Number(values.multiplier) : null,
      starts_at: startOfDay ? startOfDay.toISOString() : null,
      ends_at: values.ends_at ? endOfDay(values.ends_at).toISOString() : null,
      is_active: values.is_active,
    })
  })

  return (
    <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
      <NameField
        id={`${id}-name`}
        error={errors.name}
        data-testid="loyalty-earn-rule-name"
        value={values.name}
        placeholder="Double points on tickets"
        onChange={(event) => set("name", event.target.value)}
      />

      <FormField label="Applies to" error={errors.target}>
        <EarnRuleTargetPicker value={values.target} onChange={(target) => set("target", target)} />
      </FormField>

      <FormField label="Points">
        <RadioGroup
          value={values.mode}
          onValueChange={(mode) => set("mode", mode as Mode)}
          className="grid grid-cols-1 gap-2 sm:grid-cols-2"
          aria-label="Points"
        >
          <RadioGroup.ChoiceBox
            value="points_per_item"
            label="Fixed points per item"
            description="E.g. 50 points for every ticket to a class, on top of the amount's points."
          />
          <RadioGroup.ChoiceBox
            value="multiplier"
            label="Multiplier"
            description="The points the amount earns, times a factor: 2 for double points. Where several apply, the highest counts."
          />
        </RadioGroup>
        {values.mode === "points_per_item" ? (
          <div className="flex items-center gap-x-2">
            <Input
              type="number"
              min={1}
              step={1}
              aria-label="Points per item"
              className="w-[160px]"
              placeholder="50"
              value={values.points_per_item}
              onChange={(event) => set("points_per_item", event.target.value)}
              data-testid="loyalty-earn-rule-points-per-item"
            />
            <Text size="small" className="text-ui-fg-subtle">
              points per item
            </Text>
          </div>
        ) : (
          <div className="flex items-center gap-x-2">
            <Text size="small" className="text-ui-fg-subtle">
              ×
            </Text>
            <Input
              type="number"
              min={0}
              max={100}
              step="any"
              aria-label="Multiplier"
              className="w-[120px]"
              value={values.multiplier}
              onChange={(event) => set("multiplier", event.target.value)}
              data-testid="loyalty-earn-rule-multiplier"
            />
          </div>
        )}
        {(errors.points_per_item || errors.multiplier) && (
          <Text size="small" className="text-ui-fg-error">
            {errors.points_per_item || errors.multiplier}
          </Text>
        )}
      </FormField>

      <FormField
        label="Campaign dates"
        optional
        hint="Leave empty for a rule that always applies."
        error={errors.ends_at}
      >
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          <div className="flex flex-col gap-y-1">
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              Starts on
            </Text>
            <DatePicker
              aria-label="Starts on"
              value={values.starts_at}
              onChange={(date) => set("starts_at", date)}
            />
          </div>
          <div className="flex flex-col gap-y-1">
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              Ends on (included)
            </Text>
            <DatePicker
              aria-label="Ends on"
              value={values.ends_at}
              minValue={values.starts_at ?? undefined}
              onChange={(date) => set("ends_at", date)}
            />
          </div>
        </div>
      </FormField>

      <ActiveSwitch
        id={`${id}-active`}
        description="Inactive rules are kept but give no points."
        checked={values.is_active}
        onCheckedChange={(checked) => set("is_active", checked)}
      />
    </form>
  )
}
