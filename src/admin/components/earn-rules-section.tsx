import { StatusBadge, createDataTableColumnHelper } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEarnRuleTargetNames } from "../hooks/earn-rule-target-names"
import {
  useCreateLoyaltyEarnRule,
  useDeleteLoyaltyEarnRule,
  useLoyaltyEarnRules,
  useUpdateLoyaltyEarnRule,
} from "../hooks/loyalty-earn-rules"
import { useSearchAndPages } from "../hooks/use-search-and-pages"
import { formatDate } from "../lib/flag-format"
import { formatPoints, targetTypeLabel } from "../lib/loyalty-format"
import { LoyaltyEarnRule, LoyaltyEarnRulePayload } from "../lib/types"
import { EarnRuleForm } from "./earn-rule-form"
import { SettingsListSection } from "./settings-list-section"

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

/** The table's columns; `names` are the targets' names by id. */
const earnRuleColumns = (names: Map<string, string>) => [
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
]

/** Extra points for products, variants, collections, categories and services; campaigns. */
export const EarnRulesSection = () => {
  const { search, offset, tableState } = useSearchAndPages(PAGE_SIZE)
  const { earn_rules, count, isPending, isError, error } = useLoyaltyEarnRules(
    { q: search || undefined, limit: PAGE_SIZE, offset },
    { placeholderData: keepPreviousData }
  )
  const rules = earn_rules ?? []
  const names = useEarnRuleTargetNames(rules)

  return (
    <SettingsListSection<LoyaltyEarnRule, LoyaltyEarnRulePayload>
      testId="loyalty-earn-rules-section"
      title="Earn rules"
      description="Extra points for chosen products, services, collections or categories, and campaigns such as double points."
      what="earn rules"
      list={{ rows: rules, count: count ?? 0, isPending, isError, error }}
      emptyState={{
        heading: "No earn rules yet",
        description: "Without rules, points follow the amount spent only.",
      }}
      searchAndPages={{
        placeholder: "Search rules",
        tableState,
        noMatch: {
          heading: "No earn rules found",
          description: `No rule matches "${search}".`,
        },
      }}
      columns={earnRuleColumns(names)}
      form={({ id, row, onSubmit }) => (
        <EarnRuleForm
          id={id}
          rule={row}
          targetLabel={row?.target.id ? names.get(row.target.id) : null}
          onSubmit={onSubmit}
        />
      )}
      useCreate={useCreateLoyaltyEarnRule}
      useUpdate={useUpdateLoyaltyEarnRule}
      useDelete={useDeleteLoyaltyEarnRule}
      create={{
        buttonTestId: "loyalty-earn-rule-create",
        title: "Create earn rule",
        description:
          "Points per item or a multiplier for what the rule applies to; with dates it is a campaign.",
        formId: "create-loyalty-earn-rule-form",
        testId: "loyalty-earn-rule-create-modal",
        created: (rule) => `Earn rule "${rule.name}" was created`,
      }}
      edit={{
        title: "Edit earn rule",
        description: "Changes apply to purchases from now on.",
        formId: "edit-loyalty-earn-rule-form",
        testId: "loyalty-earn-rule-edit-drawer",
        updated: (rule) => `Earn rule "${rule.name}" was updated`,
      }}
      deletePrompt={(rule) => ({
        title: `Delete the earn rule "${rule.name}"?`,
        description: "Purchases from now on no longer get its points. Points already given stay.",
        deleted: `Earn rule "${rule.name}" was deleted`,
      })}
    />
  )
}
