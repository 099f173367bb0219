import { Button, Input, Textarea, clx, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useAdjustLoyaltyPoints } from "../hooks/customer-loyalty"
import { formatPoints } from "../lib/loyalty-format"
import { AdjustPointsResponse } from "../lib/types"
import { FormField } from "./form-field"

type Errors = { points?: string; description?: string }

type AdjustPointsFormProps = {
  /** Form id, so a drawer's footer button can submit it. */
  id: string
  /** Whose balance changes; nothing is sent until there is one. */
  customerId: string | null
  /** "inline" lays the fields out in a row with their own submit button (customer page). */
  layout?: "inline" | "stacked"
  onAdjusted?: (response: AdjustPointsResponse) => void
  onPendingChange?: (pending: boolean) => void
}

const validate = (points: string, description: string): Errors => {
  const errors: Errors = {}
  const value = Number(points)
  if (!points.trim() || !Number.isInteger(value) || value === 0) {
    errors.points = "Enter a whole number of points, with \"-\" in front to subtract."
  }
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
}: AdjustPointsFormProps) => {
  const [points, setPoints] = useState("")
  const [description, setDescription] = useState("")
  const [errors, setErrors] = useState<Errors>({})
  const { mutate, isPending } = useAdjustLoyaltyPoints()

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found = validate(points, description)
    setErrors(found)
    if (found.points || found.description || !customerId) {
      return
    }
    const value = Number(points)
    onPendingChange?.(true)
    mutate(
      { customerId, points: value, description: description.trim() },
      {
        onSuccess: (response) => {
          toast.success(
            value > 0
              ? `${formatPoints(value)} points were added`
              : `${formatPoints(-value)} points were subtracted`
          )
          setPoints("")
          setDescription("")
          onAdjusted?.(response)
        },
        onError: (error) => {
          if (error.status === 409) {
            setErrors({ points: error.message })
          }
          toast.error(error.message)
        },
        onSettled: () => onPendingChange?.(false),
      }
    )
  }

  const inline = layout === "inline"
  const pointsField = (
    <FormField label="Points" htmlFor={`${id}-points`} error={errors.points}>
      <Input
        id={`${id}-points`}
        data-testid="loyalty-adjust-points"
        type="number"
        step={1}
        inputMode="numeric"
        placeholder="100 or -100"
        value={points}
        onChange={(event) => {
          setPoints(event.target.value)
          setErrors((current) => ({ ...current, points: undefined }))
        }}
        aria-invalid={!!errors.points}
      />
    </FormField>
  )
  const descriptionProps = {
    id: `${id}-description`,
    "data-testid": "loyalty-adjust-description",
    placeholder: "Goodwill for the cancelled show",
    maxLength: 500,
    value: description,
    onChange: (
      event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>
    ) => {
      setDescription(event.target.value)
      setErrors((current) => ({ ...current, description: undefined }))
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
          ? "grid grid-cols-1 items-start gap-3 md:grid-cols-[140px_1fr_auto]"
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
        {inline ? (
          <Input {...descriptionProps} />
        ) : (
          <Textarea rows={3} {...descriptionProps} />
        )}
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
        >
          Add points
        </Button>
      )}
    </form>
  )
}
