import { Gift } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import {
  useCreateLoyaltyTier,
  useDeleteLoyaltyTier,
  useLoyaltyTiers,
  useUpdateLoyaltyTier,
} from "../hooks/loyalty-tiers"
import { formatPoints, tierBasisLabel } from "../lib/loyalty-format"
import { LoyaltyTier, LoyaltyTierPayload } from "../lib/types"
import { BenefitsDrawer } from "./benefits-drawer"
import { SettingsListSection } from "./settings-list-section"
import { TierBenefitsCell } from "./tier-benefits-cell"
import { TierForm } from "./tier-form"

const columnHelper = createDataTableColumnHelper<LoyaltyTier>()

const tierColumns = (openBenefits: (tier: LoyaltyTier) => void) => [
  columnHelper.accessor("rank", { header: "Rank", size: 72 }),
  columnHelper.accessor("name", {
    header: "Name",
    cell: ({ getValue }) => <span className="text-ui-fg-base">{getValue()}</span>,
  }),
  columnHelper.accessor("min_points", {
    header: "Points needed",
    cell: ({ getValue }) => formatPoints(getValue()),
  }),
  columnHelper.accessor("basis", {
    header: "Counted from",
    cell: ({ getValue }) => tierBasisLabel(getValue()),
  }),
  columnHelper.accessor("points_multiplier", {
    header: "Earns",
    cell: ({ getValue }) => `×${getValue() ?? 1}`,
  }),
  columnHelper.display({
    id: "benefits",
    header: "Benefits",
    cell: ({ row }) => <TierBenefitsCell tier={row.original} onOpen={openBenefits} />,
  }),
]

/** Benefit levels, lowest rank first, with create, edit and delete, and each tier's benefits. */
export const TiersSection = () => {
  const [withBenefits, setWithBenefits] = useState<LoyaltyTier | null>(null)
  const { tiers, isPending, isError, error } = useLoyaltyTiers()
  const sorted = [...(tiers ?? [])].sort((a, b) => a.rank - b.rank)
  // A new tier goes above the highest unless staff change its rank.
  const nextRank = sorted.length ? sorted[sorted.length - 1].rank + 1 : 1

  return (
    <SettingsListSection<LoyaltyTier, LoyaltyTierPayload>
      testId="loyalty-tiers-section"
      title="Tiers"
      description="Benefit levels such as Bronze, Silver and Gold, shown on the customer's page with the points to the next one."
      what="tiers"
      list={{ rows: sorted, isPending, isError, error }}
      emptyState={{
        heading: "No tiers yet",
        description: "Create one to give members a benefit level.",
      }}
      columns={tierColumns(setWithBenefits)}
      moreRowActions={(tier) => [
        {
          label: "Benefits",
          icon: <Gift />,
          onClick: () => setWithBenefits(tier),
          testId: "loyalty-tier-benefits",
        },
      ]}
      form={({ id, row, onSubmit }) => (
        <TierForm id={id} tier={row} defaultRank={nextRank} onSubmit={onSubmit} />
      )}
      useCreate={useCreateLoyaltyTier}
      useUpdate={useUpdateLoyaltyTier}
      useDelete={useDeleteLoyaltyTier}
      create={{
        buttonTestId: "loyalty-tier-create",
        title: "Create tier",
        description:
          "A member reaches the tier once they have its points; the highest tier reached applies.",
        formId: "create-loyalty-tier-form",
        testId: "loyalty-tier-create-modal",
        created: (tier) => `Tier "${tier.name}" was created`,
      }}
      edit={{
        title: "Edit tier",
        description: "Members' tiers are worked out again with the new values.",
        formId: "edit-loyalty-tier-form",
        testId: "loyalty-tier-edit-drawer",
        updated: (tier) => `Tier "${tier.name}" was updated`,
      }}
      deletePrompt={(tier) => ({
        title: `Delete the tier "${tier.name}"?`,
        description:
          "Members in this tier move to the highest tier they still reach. Their points are not touched.",
        deleted: `Tier "${tier.name}" was deleted`,
      })}
    >
      <BenefitsDrawer
        owner={withBenefits && { tier_id: withBenefits.id }}
        title={`Benefits of "${withBenefits?.name ?? ""}"`}
        audience="members in the tier"
        onClose={() => setWithBenefits(null)}
      />
    </SettingsListSection>
  )
}
