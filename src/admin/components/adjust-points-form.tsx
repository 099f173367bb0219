import { Button, Hint, Input, Textarea, clx, toast } from "@medusajs/ui"
import { FormEvent, useMemo, useState } from "react"
import { useAdjustLoyaltyPoints } from "../hooks/customer-loyalty"
import { formatPoints } from "../lib/loyalty-format"
import { adjustmentVerb, formatPointsInput, parsePointsInput } from "../lib/points-input"
import { AdjustPointsResponse } from "../lib/types"
import { FormField, InputField } from "./form-field"
import { toastError } from "../lib/toast-outcome"

type Errors = { points?: string; description?: string; server?: string }

type AdjustPointsFormProps = {
  /** Form id, so a drawer's footer button can submit it. */
  id: string
  /** Whose balance changes; nothing is sent until there is one. */
  customerId: string | null
  /** "inline" lays the fields out in a row with their own submit button (customer page). */
  layout?: "inline" | "stacked"
  onAdjusted?: (response: AdjustPointsResponse) => void
  onPendingChange?: (pending: boolean) => void
  /** The number typed (null when none), so an outside submit button can say "Deduct points". */
  onValueChange?: (value: number | null) => void
}

// Not crypto.randomUUID: the dashboard may be served over plain http.
const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

/** The most one adjustment may add or take, as the server allows. */
const MAX_ADJUSTMENT = 1_000_000_000

const pointsError = (points: string) => {
  const value = parsePointsInput(points)
  if (value === null || !Number.isInteger(value) || value === 0) {
    return 'Enter a whole number of points; "-" in front deducts them.'
  }
  return Math.abs(value) > MAX_ADJUSTMENT
    ? `At most ${MAX_ADJUSTMENT.toLocaleString("en-US")} points in one adjustment.`
    : undefined
}

const validate = (points: string, description: string): Errors => {
  const errors: Errors = {}
  errors.points = pointsError(points)
  if (!description.trim()) {
    errors.description = "Say why: the customer sees this description too."
  }
  return errors
}

/**
 * Adds or subtracts points by hand. The description is required and shown
 * to the customer; taking more than is available is refused by the server
 * with a message, which is shown under the points.
 */
export const AdjustPointsForm = ({
  id,
  customerId,
  layout = "stacked",
  onAdjusted,
  onPendingChange,
  onValueChange,
}: AdjustPointsFormProps) => {
  const [points, setPoints] = useState("")
  const [description, setDescription] = useState("")
  const [errors, setErrors] = useState<Errors>({})
  // One key per adjustment as typed: a double click or a retry after a lost
  // response posts it once; any change to the form makes it a new one.
  const idempotencyKey = useMemo(newKey, [customerId, points, description])
  const { mutate, isPending } = useAdjustLoyaltyPoints()

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validate(points, description)
    setErrors(found)
    if (found.points || found.description || !customerId) {
      return
    }
    const value = parsePointsInput(points)!
    onPendingChange?.(true)
    mutate(
      { customerId, points: value, description: description.trim(), idempotencyKey },
      {
        onSuccess: (response) => {
          toast.success(
            value > 0
              ? `${formatPoints(value)} points were added`
              : `${formatPoints(-value)} points were deducted`
          )
          setPoints("")
          setDescription("")
          onValueChange?.(null)
          onAdjusted?.(response)
        },
        onError: (error) => {
          // 409: taking more points than are available; the server says how many there are.
          setErrors({ server: error.message })
          toastError(error)
        },
        onSettled: () => onPendingChange?.(false),
      }
    )
  }

  const inline = layout === "inline"
  const typed = parsePointsInput(points)
  const verb = adjustmentVerb(typed)
  const pointsField = (
    <InputField
      label="Points"
      id={`${id}-points`}
      error={errors.points}
      hint={
        inline || verb !== "Deduct points"
          ? undefined
          : "Lowers the lifetime points too, so the tier follows (redemptions do not)."
      }
      data-testid="loyalty-adjust-points"
      // Text, not number: a number input can show no thousands separators.
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="100 or -100"
      value={points}
      data-value={typed ?? undefined}
      onChange={(event) => {
        setPoints(event.target.value)
        onValueChange?.(parsePointsInput(event.target.value))
        setErrors((current) => ({ ...current, points: undefined, server: undefined }))
      }}
      onBlur={() => {
        if (points.trim()) {
          setPoints(formatPointsInput(points))
          setErrors((current) => ({ ...current, points: pointsError(points) }))
        }
      }}
      aria-invalid={!!errors.points}
    />
  )
  const descriptionProps = {
    id: `${id}-description`,
    "data-testid": "loyalty-adjust-description",
    placeholder: "Goodwill for the cancelled show",
    maxLength: 500,
    value: description,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDescription(event.target.value)
      setErrors((current) => ({ ...current, description: undefined, server: undefined }))
    },
    "aria-invalid": !!errors.description,
  }

  return (
    <form
      id={id}
      onSubmit={handleSubmit}
      noValidate
      className={clx(
        inline
          ? "grid grid-cols-1 items-start gap-3 md:grid-cols-[160px_1fr_auto]"
          : "flex flex-col gap-y-6"
      )}
    >
      {pointsField}
      <FormField
        label="Description"
        htmlFor={`${id}-description`}
        error={errors.description}
        hint={inline ? undefined : "Shown to the customer with the points."}
      >
        {inline ? <Input {...descriptionProps} /> : <Textarea rows={3} {...descriptionProps} />}
      </FormField>
      {inline && (
        <Button
          size="small"
          variant="secondary"
          type="submit"
          isLoading={isPending}
          disabled={!customerId}
          className="md:mt-7"
          data-testid="loyalty-adjust-submit"
          data-verb={verb === "Deduct points" ? "deduct" : "add"}
        >
          {verb}
        </Button>
      )}
      {errors.server && (
        <Hint variant="error" className="col-span-full" data-testid="loyalty-adjust-error">
          {errors.server}
        </Hint>
      )}
    </form>
  )
}
