import { DatePicker, Input, RadioGroup, Text } from "@medusajs/ui"
import { useZodForm } from "../hooks/use-zod-form"
import { earnRuleFormSchema, toEarnRuleFormValues, toEarnRulePayload } from "../lib/earn-rule-form"
import { LoyaltyEarnRule, LoyaltyEarnRulePayload } from "../lib/types"
import { ActiveSwitch } from "./active-switch"
import { EarnRuleTargetPicker } from "./earn-rule-target-picker"
import { Form } from "./form"
import { FormField, NameField } from "./form-field"

type EarnRuleFormProps = {
  id: string
  rule?: LoyaltyEarnRule
  /** The name of the rule's current target, when known. */
  targetLabel?: string | null
  onSubmit: (payload: LoyaltyEarnRulePayload) => void
}

/** Extra points for some purchases: fixed points per item or a multiplier, optionally between two dates. */
export const EarnRuleForm = ({ id, rule, targetLabel, onSubmit }: EarnRuleFormProps) => {
  const form = useZodForm(earnRuleFormSchema, toEarnRuleFormValues(rule, targetLabel))
  const { errors } = form.formState
  const [mode, startsAt] = form.watch(["mode", "starts_at"])
  const submit = form.handleSubmit((values) => onSubmit(toEarnRulePayload(values)))
  const pointsError = errors.points_per_item?.message || errors.multiplier?.message

  return (
    <Form {...form}>
      <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
        <Form.Field
          control={form.control}
          name="name"
          render={({ field }) => (
            <NameField
              id={`${id}-name`}
              data-testid="loyalty-earn-rule-name"
              placeholder="Double points on tickets"
              {...field}
            />
          )}
        />

        <Form.Field
          control={form.control}
          name="target"
          render={({ field }) => (
            <FormField label="Applies to">
              <EarnRuleTargetPicker value={field.value} onChange={field.onChange} />
            </FormField>
          )}
        />

        <FormField label="Points">
          <Form.Field
            control={form.control}
            name="mode"
            render={({ field }) => (
              <RadioGroup
                value={field.value}
                onValueChange={field.onChange}
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
            )}
          />
          {mode === "points_per_item" ? (
            <div className="flex items-center gap-x-2">
              <Form.Field
                control={form.control}
                name="points_per_item"
                render={({ field }) => (
                  <Input
                    type="number"
                    min={1}
                    step={1}
                    aria-label="Points per item"
                    className="w-[160px]"
                    placeholder="50"
                    data-testid="loyalty-earn-rule-points-per-item"
                    {...field}
                  />
                )}
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
              <Form.Field
                control={form.control}
                name="multiplier"
                render={({ field }) => (
                  <Input
                    type="number"
                    min={0}
                    max={100}
                    step="any"
                    aria-label="Multiplier"
                    className="w-[120px]"
                    data-testid="loyalty-earn-rule-multiplier"
                    {...field}
                  />
                )}
              />
            </div>
          )}
          {pointsError && (
            <Text size="small" className="text-ui-fg-error">
              {pointsError}
            </Text>
          )}
        </FormField>

        <Form.Field
          control={form.control}
          name="ends_at"
          render={({ field }) => (
            <FormField
              label="Campaign dates"
              optional
              hint="Leave empty for a rule that always applies."
            >
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                <div className="flex flex-col gap-y-1">
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                    Starts on
                  </Text>
                  <Form.Field
                    control={form.control}
                    name="starts_at"
                    render={({ field: startsField }) => (
                      <DatePicker
                        aria-label="Starts on"
                        value={startsField.value}
                        onChange={startsField.onChange}
                      />
                    )}
                  />
                </div>
                <div className="flex flex-col gap-y-1">
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                    Ends on (included)
                  </Text>
                  <DatePicker
                    aria-label="Ends on"
                    value={field.value}
                    minValue={startsAt ?? undefined}
                    onChange={field.onChange}
                  />
                </div>
              </div>
            </FormField>
          )}
        />

        <Form.Field
          control={form.control}
          name="is_active"
          render={({ field }) => (
            <ActiveSwitch
              id={`${id}-active`}
              description="Inactive rules are kept but give no points."
              checked={field.value}
              onCheckedChange={field.onChange}
            />
          )}
        />
      </form>
    </Form>
  )
}
