import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Skeleton, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { useBenefits, useCreateBenefit, useDeleteBenefit, useUpdateBenefit } from "../hooks/benefits"
import { useConfirmDelete } from "../hooks/use-confirm-delete"
import { formatDate } from "../lib/flag-format"
import { toastOutcome } from "../lib/toast-outcome"
import { Benefit, BenefitOwner, BenefitPayload } from "../lib/types"
import { ActionMenu } from "./action-menu"
import { BenefitForm, serverFieldError } from "./benefit-form"
import { LoadError } from "./load-error"

type BenefitStatus = { label: string; color: "green" | "orange" | "grey" | "red" }

/** Whether shoppers see it now: switched on and within its dates. */
const statusOf = (benefit: Benefit, now = new Date()): BenefitStatus => {
  if (!benefit.is_active) {
    return { label: "Inactive", color: "grey" }
  }
  if (benefit.starts_at && new Date(benefit.starts_at) > now) {
    return { label: "Scheduled", color: "orange" }
  }
  if (benefit.ends_at && new Date(benefit.ends_at) < now) {
    return { label: "Ended", color: "red" }
  }
  return { label: "Active", color: "green" }
}

const datesInWords = ({ starts_at, ends_at }: Benefit) => {
  if (starts_at && ends_at) {
    return `${formatDate(starts_at)} – ${formatDate(ends_at)}`
  }
  if (starts_at) {
    return `From ${formatDate(starts_at)}`
  }
  if (ends_at) {
    return `Until ${formatDate(ends_at)}`
  }
  return "No end date"
}

const BenefitRow = ({
  benefit,
  onEdit,
  onDelete,
}: {
  benefit: Benefit
  onEdit: () => void
  onDelete: () => void
}) => {
  const status = statusOf(benefit)
  return (
    <div
      className="shadow-borders-base flex items-start justify-between gap-x-4 rounded-lg px-4 py-3"
      data-testid="benefit-row"
    >
      <div className="flex min-w-0 flex-col gap-y-1">
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus" className="truncate">
            {benefit.title}
          </Text>
          <StatusBadge color={status.color}>{status.label}</StatusBadge>
        </div>
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          {benefit.code && (
            <Badge size="2xsmall" className="font-mono">
              {benefit.code}
            </Badge>
          )}
          {benefit.url && (
            <a
              href={benefit.url}
              target="_blank"
              rel="noreferrer"
              className="txt-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover max-w-[280px] truncate"
              title={benefit.url}
            >
              {benefit.url}
            </a>
          )}
        </div>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {datesInWords(benefit)}
        </Text>
      </div>
      <ActionMenu
        label={`Actions for ${benefit.title}`}
        groups={[
          [{ label: "Edit", icon: <PencilSquare />, onClick: onEdit, testId: "benefit-edit" }],
          [{ label: "Delete", icon: <Trash />, onClick: onDelete, testId: "benefit-delete" }],
        ]}
      />
    </div>
  )
}

type BenefitsPanelProps = {
  owner: BenefitOwner
  /** "customers who have the flag", "members in the tier": who sees the offers. */
  audience: string
}

/**
 * One flag's or one tier's benefits, with add, edit and delete. Offer links
 * are the only kind so far; other kinds get their own section and form.
 */
export const BenefitsPanel = ({ owner, audience }: BenefitsPanelProps) => {
  // null: the list; "new": adding one; a benefit: editing it.
  const [editing, setEditing] = useState<Benefit | "new" | null>(null)
  const { benefits, isPending, isError, error } = useBenefits(owner)
  const offerLinks = (benefits ?? []).filter((benefit) => benefit.kind === "offer_link")
  const current = editing === "new" ? null : editing
  const create = useCreateBenefit()
  const update = useUpdateBenefit(current?.id ?? "")
  const save = current ? update : create
  const { mutate: remove } = useDeleteBenefit()
  const confirmDelete = useConfirmDelete(remove, (benefit: Benefit) => ({
    title: `Delete the offer "${benefit.title}"?`,
    description: `It is no longer shown to ${audience}.`,
    deleted: `Offer "${benefit.title}" was deleted`,
  }))

  const open = (next: Benefit | "new" | null) => {
    create.reset()
    update.reset()
    setEditing(next)
  }

  const submit = (payload: BenefitPayload) => {
    const done = toastOutcome(
      current ? `Offer "${payload.title}" was updated` : `Offer "${payload.title}" was added`,
      () => open(null)
    )
    // A 400 naming one of the form's fields shows under it; anything else in a toast.
    const onError = (error: Error) => {
      if (!serverFieldError(error)) {
        done.onError(error)
      }
    }
    if (current) {
      update.mutate(payload, { onSuccess: done.onSuccess, onError })
    } else {
      create.mutate({ ...owner, kind: "offer_link", ...payload }, { onSuccess: done.onSuccess, onError })
    }
  }

  return (
    <div className="flex flex-col gap-y-4" data-testid="benefits-panel">
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus">
            Offer links
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            Links and codes shown to {audience} in their account.
          </Text>
        </div>
        {editing === null && (
          <Button
            size="small"
            variant="secondary"
            type="button"
            className="shrink-0"
            onClick={() => open("new")}
            data-testid="benefit-add"
          >
            <Plus />
            Add
          </Button>
        )}
      </div>
      {editing !== null && (
        <BenefitForm
          key={current?.id ?? "new"}
          id="benefit-form"
          benefit={current}
          isPending={save.isPending}
          error={save.error}
          onSubmit={submit}
          onCancel={() => open(null)}
        />
      )}
      {isPending ? (
        <div className="flex flex-col gap-y-2">
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-16 w-full" />
        </div>
      ) : isError ? (
        <LoadError what="offer links" error={error} />
      ) : offerLinks.length === 0 ? (
        editing === null && (
          <Text size="small" className="text-ui-fg-muted">
            No offer links yet.
          </Text>
        )
      ) : (
        <div className="flex flex-col gap-y-2">
          {offerLinks
            .filter((benefit) => benefit.id !== current?.id)
            .map((benefit) => (
              <BenefitRow
                key={benefit.id}
                benefit={benefit}
                onEdit={() => open(benefit)}
                onDelete={() => confirmDelete(benefit)}
              />
            ))}
        </div>
      )}
    </div>
  )
}
