import {
  Container,
  DataTable,
  StatusBadge,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { useEarnRuleTargetNames } from "../hooks/earn-rule-target-names"
import {
  useCreateLoyaltyEarnRule,
  useDeleteLoyaltyEarnRule,
  useLoyaltyEarnRules,
  useUpdateLoyaltyEarnRule,
} from "../hooks/loyalty-earn-rules"
import { useConfirmDelete } from "../hooks/use-confirm-delete"
import { useSearchAndPages } from "../hooks/use-search-and-pages"
import { formatDate } from "../lib/flag-format"
import { formatPoints, targetTypeLabel } from "../lib/loyalty-format"
import { toastOutcome } from "../lib/toast-outcome"
import { LoyaltyEarnRule } from "../lib/types"
import { CreateModal } from "./create-modal"
import { EarnRuleForm } from "./earn-rule-form"
import { EditDrawer } from "./edit-drawer"
import { LoadError } from "./load-error"
import { SectionHeading } from "./section-heading"
import { editDeleteColumn, openClickedRow } from "./table-row-actions"
import { TableToolbar } from "./table-toolbar"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<LoyaltyEarnRule>()

const pointsInWords = (rule: LoyaltyEarnRule) =>
  rule.multiplier != null
    ? `× ${Number(rule.multiplier)}`
    : `+${formatPoints(rule.points_per_item ?? 0)} per item`

const datesInWords = (rule: LoyaltyEarnRule) => {
  if (!rule.starts_at && !rule.ends_at) {
    return "Always"
  }
  if (!rule.ends_at) {
    return `From ${formatDate(rule.starts_at!)}`
  }
  if (!rule.starts_at) {
    return `Until ${formatDate(rule.ends_at)}`
  }
  return `${formatDate(rule.starts_at)} – ${formatDate(rule.ends_at)}`
}

const ruleState = (rule: LoyaltyEarnRule) => {
  const now = Date.now()
  if (!rule.is_active) {
    return { color: "grey" as const, label: "Inactive" }
  }
  if (rule.ends_at && new Date(rule.ends_at).getTime() < now) {
    return { color: "grey" as const, label: "Ended" }
  }
  if (rule.starts_at && new Date(rule.starts_at).getTime() > now) {
    return { color: "blue" as const, label: "Scheduled" }
  }
  return { color: "green" as const, label: "Active" }
}

/** Extra points for products, variants, collections, categories and services; campaigns. */
export const EarnRulesSection = () => {
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<LoyaltyEarnRule | null>(null)
  const { search, offset, tableState } = useSearchAndPages(PAGE_SIZE)
  const { earn_rules, count, isPending, isError, error } = useLoyaltyEarnRules(
    { q: search || undefined, limit: PAGE_SIZE, offset },
    { placeholderData: keepPreviousData }
  )
  const rules = earn_rules ?? []
  const names = useEarnRuleTargetNames(rules)
  const { mutate: create, isPending: isCreating } = useCreateLoyaltyEarnRule()
  const { mutate: remove } = useDeleteLoyaltyEarnRule()
  const confirmDelete = useConfirmDelete(remove, (rule: LoyaltyEarnRule) => ({
    title: `Delete the earn rule "${rule.name}"?`,
    description: "Purchases from now on no longer get its points. Points already given stay.",
    deleted: `Earn rule "${rule.name}" was deleted`,
  }))

  const columns = [
    columnHelper.accessor("name", {
      header: "Name",
      cell: ({ getValue }) => <span className="text-ui-fg-base">{getValue()}</span>,
    }),
    columnHelper.display({
      id: "target",
      header: "Applies to",
      cell: ({ row }) => {
        const { target } = row.original
        if (target.type === "all") {
          return targetTypeLabel("all")
        }
        return (
          <span className="flex flex-col">
            <span className="text-ui-fg-base truncate">
              {(target.id && names.get(target.id)) ?? target.id}
            </span>
            <span className="txt-compact-xsmall text-ui-fg-muted">
              {targetTypeLabel(target.type)}
            </span>
          </span>
        )
      },
    }),
    columnHelper.display({
      id: "points",
      header: "Points",
      cell: ({ row }) => pointsInWords(row.original),
    }),
    columnHelper.display({
      id: "dates",
      header: "When",
      cell: ({ row }) => datesInWords(row.original),
    }),
    columnHelper.display({
      id: "status",
      header: "Status",
      cell: ({ row }) => {
        const { color, label } = ruleState(row.original)
        return <StatusBadge color={color}>{label}</StatusBadge>
      },
    }),
    editDeleteColumn(setEditing, confirmDelete),
  ]

  const table = useDataTable({
    columns,
    data: rules,
    getRowId: (rule) => rule.id,
    rowCount: count ?? 0,
    isLoading: isPending,
    ...tableState,
    onRowClick: openClickedRow(setEditing),
  })

  return (
    <Container className="divide-y p-0" data-testid="loyalty-earn-rules-section">
      <DataTable instance={table}>
        <TableToolbar
          search="Search rules"
          onCreate={() => setCreating(true)}
          createTestId="loyalty-earn-rule-create"
        >
          <SectionHeading
            level="h2"
            title="Earn rules"
            description="Extra points for chosen products, services, collections or categories, and campaigns such as double points."
          />
        </TableToolbar>
        {isError ? (
          <LoadError what="earn rules" error={error} />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No earn rules yet",
                description: "Without rules, points follow the amount spent only.",
              },
              filtered: {
                heading: "No earn rules found",
                description: `No rule matches "${search}".`,
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>

      <CreateModal
        open={creating}
        onOpenChange={setCreating}
        title="Create earn rule"
        description="Points per item or a multiplier for what the rule applies to; with dates it is a campaign."
        formId="create-loyalty-earn-rule-form"
        isPending={isCreating}
        testId="loyalty-earn-rule-create-modal"
      >
        <EarnRuleForm
          id="create-loyalty-earn-rule-form"
          onSubmit={(payload) =>
            create(
              payload,
              toastOutcome(`Earn rule "${payload.name}" was created`, () => setCreating(false))
            )
          }
        />
      </CreateModal>
      <EditEarnRuleDrawer
        rule={editing}
        targetLabel={editing?.target.id ? names.get(editing.target.id) : null}
        onClose={() => setEditing(null)}
      />
    </Container>
  )
}

const EditEarnRuleDrawer = ({
  rule,
  targetLabel,
  onClose,
}: {
  rule: LoyaltyEarnRule | null
  targetLabel?: string | null
  onClose: () => void
}) => {
  const { mutate, isPending } = useUpdateLoyaltyEarnRule(rule?.id ?? "")
  return (
    <EditDrawer
      open={!!rule}
      onClose={onClose}
      title="Edit earn rule"
      description="Changes apply to purchases from now on."
      formId="edit-loyalty-earn-rule-form"
      isPending={isPending}
      testId="loyalty-earn-rule-edit-drawer"
    >
      {rule && (
        <EarnRuleForm
          key={rule.id}
          id="edit-loyalty-earn-rule-form"
          rule={rule}
          targetLabel={targetLabel}
          onSubmit={(payload) =>
            mutate(payload, toastOutcome(`Earn rule "${payload.name}" was updated`, onClose))
          }
        />
      )}
    </EditDrawer>
  )
}
