import { Label, Select, Skeleton, Switch, Text, Textarea } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { z } from "zod"
import { segmentName } from "../../lib/schemas/segment"
import { useCustomerFlags } from "../hooks/customer-flags"
import { useSegmentFields, useSegmentPreview } from "../hooks/segments"
import { useStoreCurrencies } from "../hooks/segment-resources"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { useZodForm } from "../hooks/use-zod-form"
import { passes } from "../lib/form-rules"
import {
  awaitsValues,
  errorNodePath,
  fromRules,
  hasConditions,
  newGroup,
  ruleErrorInWords,
  ruleProblems,
  toRules,
} from "../lib/segment-rules"
import { Segment, SegmentFieldDefinition, SegmentGroup, SegmentPayload } from "../lib/types"
import { FlagIcon } from "./flag-icon"
import { Form } from "./form"
import { FormField, NameField } from "./form-field"
import { LoadError } from "./load-error"
import { SegmentLiveCount } from "./segment-live-count"
import { SegmentRuleBuilder } from "./segment-rule-builder"

/** How long the rules must stay unchanged before they are counted. */
const PREVIEW_DELAY_MS = 400

/** Radix selects take no empty value: this stands for "no flag". */
const NO_FLAG = "none"

const segmentFormSchema = z.object({
  name: z.string().refine(passes(segmentName), 'Give the segment a name, e.g. "Big spenders".'),
  description: z.string(),
  flag_id: z.string(),
  remove_flag_on_leave: z.boolean(),
})

const FlagSelect = ({ value, onChange }: { value: string; onChange: (id: string) => void }) => {
  const { customer_flags, isPending } = useCustomerFlags({ order: "name", limit: 200 })
  return (
    <Select
      value={value || NO_FLAG}
      onValueChange={(id) => id && onChange(id === NO_FLAG ? "" : id)}
    >
      <Select.Trigger aria-label="Flag" data-testid="segment-form-flag" disabled={isPending}>
        <Select.Value placeholder={isPending ? "Loading flags…" : "No flag"} />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={NO_FLAG}>No flag</Select.Item>
        {(customer_flags ?? []).map((flag) => (
          <Select.Item key={flag.id} value={flag.id}>
            <span className="flex items-center gap-x-2">
              <FlagIcon flag={flag} size="small" />
              {flag.name}
            </span>
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

type SegmentFormProps = {
  /** Lets the submit button live outside the form (in a modal's footer). */
  id: string
  segment?: Segment
  onSubmit: (payload: SegmentPayload) => void
  /** The server's answer to the last submit, when it refused it. */
  submitError?: string | null
}

const SegmentFields = ({
  id,
  segment,
  onSubmit,
  submitError,
  fields,
}: SegmentFormProps & { fields: SegmentFieldDefinition[] }) => {
  const { currencies } = useStoreCurrencies()
  const form = useZodForm(segmentFormSchema, {
    name: segment?.name ?? "",
    description: segment?.description ?? "",
    flag_id: segment?.flag_id ?? "",
    remove_flag_on_leave: segment?.remove_flag_on_leave ?? false,
  })
  // The rules change by functions of the latest tree (see SegmentRuleBuilder),
  // so they are kept apart from the form's other values.
  const [rules, setRules] = useState(() =>
    segment ? fromRules(segment.rules, fields) : newGroup("all")
  )
  const [rulesError, setRulesError] = useState<string | null>(null)
  // A condition's problem shows once staff have typed in it and left, or tried to save.
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set())
  const [triedToSave, setTriedToSave] = useState(false)
  const problems = useMemo(() => ruleProblems(rules, fields), [rules, fields])
  const shownProblems = useMemo(
    () => new Map([...problems].filter(([uid]) => triedToSave || left.has(uid))),
    [problems, left, triedToSave]
  )

  // Counted as the rules change, once they stop changing for a moment; the
  // JSON keeps the debounce from restarting on renders that change nothing.
  const rulesJson = useMemo(
    () => JSON.stringify(toRules(rules, fields, currencies[0])),
    [rules, fields, currencies]
  )
  const hasRules = hasConditions(rules)
  const awaitingValues = hasRules && awaitsValues(rules, fields)
  const countable = hasRules && problems.size === 0
  const countedJson = useDebouncedValue(countable ? rulesJson : null, PREVIEW_DELAY_MS)
  const preview = useSegmentPreview(countedJson ? (JSON.parse(countedJson) as SegmentGroup) : null)
  // A refused save speaks about the rules it was given, not later ones.
  const [submittedJson, setSubmittedJson] = useState<string | null>(null)
  const rawServerError =
    (submitError && submittedJson === rulesJson ? submitError : null) ??
    (countable && countedJson === rulesJson ? preview.error?.message : null) ??
    null
  const serverError = rawServerError
    ? { path: errorNodePath(rawServerError), message: ruleErrorInWords(rawServerError) }
    : null

  const noConditions = () => {
    setRulesError("Add at least one condition.")
  }
  const submit = form.handleSubmit(
    (values) => {
      setTriedToSave(true)
      if (!hasRules) {
        noConditions()
        return
      }
      if (problems.size) {
        return
      }
      setSubmittedJson(rulesJson)
      onSubmit({
        name: values.name.trim(),
        description: values.description.trim() || null,
        rules: JSON.parse(rulesJson) as SegmentGroup,
        flag_id: values.flag_id || null,
        remove_flag_on_leave: !!values.flag_id && values.remove_flag_on_leave,
      })
    },
    () => {
      setTriedToSave(true)
      if (!hasRules) {
        noConditions()
      }
    }
  )

  const flagId = form.watch("flag_id")

  return (
    <Form {...form}>
      <form id={id} onSubmit={submit} noValidate className="flex flex-col gap-y-8">
        <Form.Field
          control={form.control}
          name="name"
          render={({ field }) => (
            <NameField
              id={`${id}-name`}
              data-testid="segment-form-name"
              maxLength={100}
              placeholder="Big spenders"
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
                data-testid="segment-form-description"
                maxLength={2000}
                rows={2}
                placeholder="Who the segment is for and what it is used for."
                {...field}
              />
            </FormField>
          )}
        />

        <FormField
          label="Rules"
          hint="Customers who match are the segment's members, counted again at every refresh."
          error={hasRules ? undefined : (rulesError ?? undefined)}
        >
          <SegmentRuleBuilder
            value={rules}
            onChange={(update) => {
              setRules(update)
              setRulesError(null)
            }}
            fields={fields}
            currencies={currencies}
            error={serverError}
            problems={shownProblems}
            onLeaveCondition={(uid) => setLeft((current) => new Set(current).add(uid))}
          />
          <SegmentLiveCount
            enabled={countable}
            idleMessage={
              awaitingValues
                ? "Fill in the condition to see how many customers match."
                : "Add a condition to see how many customers match."
            }
            preview={preview.data}
            isFetching={countable && (preview.isFetching || countedJson !== rulesJson)}
            error={
              countable && countedJson === rulesJson && preview.error
                ? new Error(ruleErrorInWords(preview.error.message))
                : null
            }
          />
        </FormField>

        <FormField
          label="Flag"
          optional
          hint="Given to customers when a refresh finds they entered the segment."
        >
          <Form.Field
            control={form.control}
            name="flag_id"
            render={({ field }) => <FlagSelect value={field.value} onChange={field.onChange} />}
          />
        </FormField>

        <div className="flex items-start justify-between gap-x-4">
          <div className="flex flex-col gap-y-1">
            <Label size="small" weight="plus" htmlFor={`${id}-remove-flag`}>
              Remove the flag when a customer leaves
            </Label>
            <Text size="small" className="text-ui-fg-subtle">
              Only flags the segment gave are taken back; flags given by staff stay.
            </Text>
          </div>
          <Form.Field
            control={form.control}
            name="remove_flag_on_leave"
            render={({ field }) => (
              <Switch
                id={`${id}-remove-flag`}
                checked={!!flagId && field.value}
                disabled={!flagId}
                onCheckedChange={field.onChange}
                data-testid="segment-form-remove-flag"
              />
            )}
          />
        </div>
      </form>
    </Form>
  )
}

/** A segment's name, rules with a live count, and flag; for the create modal and the edit drawer. */
export const SegmentForm = (props: SegmentFormProps) => {
  const { fields, isPending, isError, error } = useSegmentFields()
  if (isError) {
    return <LoadError what="segment fields" error={error} />
  }
  if (isPending || !fields) {
    return (
      <div className="flex flex-col gap-y-4">
        <Skeleton className="h-8 w-full" />
        <Skeleton className="h-32 w-full" />
      </div>
    )
  }
  return <SegmentFields {...props} fields={fields} />
}
