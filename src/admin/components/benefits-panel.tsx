import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Skeleton, StatusBadge, Switch, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import {
  useBenefits,
  useCreateBenefit,
  useDeleteBenefit,
  useUpdateBenefit,
} from "../hooks/benefits"
import { useConfirmDelete } from "../hooks/use-confirm-delete"
import {
  datesInWords,
  discountInWords,
  earlyFromInWords,
  hasLimits,
  kindOf,
  limitsInWords,
  statusOf,
  targetsInWords,
} from "../lib/benefit-format"
import { serverFieldError } from "../lib/benefit-form-values"
import { toastOutcome } from "../lib/toast-outcome"
import { Benefit, BenefitKind, BenefitOwner, BenefitPayload } from "../lib/types"
import { ActionMenu } from "./action-menu"
import { BenefitForm } from "./benefit-form"
import { LoadError } from "./load-error"
import { isWebAddress } from "../../utils/web-address"

/** The switch on a row: turns a benefit off (or on) without opening it. */
const ActiveToggle = ({ benefit }: { benefit: Benefit }) => {
  const { mutate, isPending } = useUpdateBenefit(benefit.id)
  const label = benefit.is_active ? `Turn off "${benefit.title}"` : `Turn on "${benefit.title}"`
  return (
    // The tooltip's trigger sets its own data-state on its child, which would
    // hide the switch's checked colour: it goes on a wrapper instead.
    <Tooltip
      content={benefit.is_active ? "Active: customers get it" : "Inactive: kept, but not given"}
    >
      <span className="inline-flex">
        <Switch
          size="small"
          aria-label={label}
          checked={benefit.is_active}
          disabled={isPending}
          onCheckedChange={(is_active) =>
            mutate(
              { is_active },
              toastOutcome(`"${benefit.title}" was turned ${is_active ? "on" : "off"}`)
            )
          }
          data-testid="benefit-active"
        />
      </span>
    </Tooltip>
  )
}

/** The kind's own line: targets and discount or early date, then the limits; a code and a link for offers. */
const KindDetails = ({ benefit }: { benefit: Benefit }) => {
  if (benefit.kind === "offer_link") {
    return (
      <div className="flex min-w-0 flex-wrap items-center gap-2">
        {benefit.code && (
          <Badge size="2xsmall" className="font-mono">
            {benefit.code}
          </Badge>
        )}
        {benefit.url && (
          <a
            // Only http(s): a `javascript:` link saved before it was refused must not run.
            href={isWebAddress(benefit.url) ? benefit.url : undefined}
            target="_blank"
            rel="noreferrer"
            className="txt-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover max-w-[280px] truncate"
            title={benefit.url}
          >
            {benefit.url}
          </a>
        )}
      </div>
    )
  }
  const what =
    benefit.kind === "discount"
      ? discountInWords(benefit)
      : earlyFromInWords(benefit.early_access_from)
  return (
    <div className="flex flex-col gap-y-0.5">
      <Text size="small" className="text-ui-fg-subtle" data-testid="benefit-row-summary">
        {[what, targetsInWords(benefit)].filter(Boolean).join(" · ")}
      </Text>
      {hasLimits(benefit.kind) && (
        <Text size="small" className="text-ui-fg-subtle" data-testid="benefit-row-limits">
          {limitsInWords(benefit)}
        </Text>
      )}
    </div>
  )
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
  const kind = kindOf(benefit.kind)
  return (
    <div
      className="shadow-borders-base flex items-start justify-between gap-x-4 rounded-lg px-4 py-3"
      data-testid="benefit-row"
      data-kind={benefit.kind}
      data-title={benefit.title}
    >
      <div className="flex min-w-0 flex-col gap-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Badge size="2xsmall" color={kind.color}>
            {kind.label}
          </Badge>
          <Text size="small" weight="plus" className="truncate">
            {benefit.title}
          </Text>
          <StatusBadge color={status.color}>{status.label}</StatusBadge>
        </div>
        <KindDetails benefit={benefit} />
        <Text size="xsmall" className="text-ui-fg-muted">
          {datesInWords(benefit)}
        </Text>
      </div>
      <div className="flex shrink-0 items-center gap-x-2">
        <ActiveToggle benefit={benefit} />
        <ActionMenu
          label={`Actions for ${benefit.title}`}
          groups={[
            [{ label: "Edit", icon: <PencilSquare />, onClick: onEdit, testId: "benefit-edit" }],
            [{ label: "Delete", icon: <Trash />, onClick: onDelete, testId: "benefit-delete" }],
          ]}
        />
      </div>
    </div>
  )
}

const DELETE_EFFECT: Record<BenefitKind, string> = {
  discount: "no longer get the discount; its promotion is removed too",
  early_access: "can no longer buy the products before their public sale start",
  offer_link: "no longer see the offer",
}

type BenefitsPanelProps = {
  owner: BenefitOwner
  /** "customers who have the flag", "members in the tier": who gets the benefits. */
  audience: string
}

/**
 * One flag's or one tier's benefits of every kind (discounts, early access,
 * offer links), with add, edit, turn on and off, and delete.
 */
export const BenefitsPanel = ({ owner, audience }: BenefitsPanelProps) => {
  // null: the list; "new": adding one; a benefit: editing it.
  const [editing, setEditing] = useState<Benefit | "new" | null>(null)
  const { benefits, isPending, isError, error } = useBenefits(owner)
  const current = editing === "new" ? null : editing
  const create = useCreateBenefit()
  const update = useUpdateBenefit(current?.id ?? "")
  const save = current ? update : create
  const { mutate: remove } = useDeleteBenefit()
  const confirmDelete = useConfirmDelete(remove, (benefit: Benefit) => ({
    title: `Delete "${benefit.title}"?`,
    description: `${audience.charAt(0).toUpperCase()}${audience.slice(1)} ${DELETE_EFFECT[benefit.kind]}.`,
    deleted: `"${benefit.title}" was deleted`,
  }))

  const open = (next: Benefit | "new" | null) => {
    create.reset()
    update.reset()
    setEditing(next)
  }

  const submit = (payload: BenefitPayload, kind: BenefitKind) => {
    const done = toastOutcome(
      current
        ? `"${payload.title}" was updated`
        : `${kindOf(kind).label} "${payload.title}" was added`,
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
      create.mutate({ ...owner, kind, ...payload }, { onSuccess: done.onSuccess, onError })
    }
  }

  return (
    <div className="flex flex-col gap-y-4" data-testid="benefits-panel">
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus">
            Benefits
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            Discounts and early access in the shop, offer links in their account: what {audience}{" "}
            get.
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
        <LoadError what="benefits" error={error} />
      ) : !benefits?.length ? (
        editing === null && (
          <Text size="small" className="text-ui-fg-muted">
            No benefits yet.
          </Text>
        )
      ) : (
        <div className="flex flex-col gap-y-2">
          {benefits
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
