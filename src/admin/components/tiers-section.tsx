import { Gift, PencilSquare, Trash } from "@medusajs/icons"
import { Container, DataTable, createDataTableColumnHelper, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import {
  useCreateLoyaltyTier,
  useDeleteLoyaltyTier,
  useLoyaltyTiers,
  useUpdateLoyaltyTier,
} from "../hooks/loyalty-tiers"
import { useConfirmDelete } from "../hooks/use-confirm-delete"
import { formatPoints, tierBasisLabel } from "../lib/loyalty-format"
import { toastOutcome } from "../lib/toast-outcome"
import { LoyaltyTier } from "../lib/types"
import { ActionMenu } from "./action-menu"
import { BenefitsDrawer } from "./benefits-drawer"
import { CreateModal } from "./create-modal"
import { EditDrawer } from "./edit-drawer"
import { LoadError } from "./load-error"
import { SectionHeading } from "./section-heading"
import { openClickedRow } from "./table-row-actions"
import { TableToolbar } from "./table-toolbar"
import { TierBenefitsCell } from "./tier-benefits-cell"
import { TierForm } from "./tier-form"

const columnHelper = createDataTableColumnHelper<LoyaltyTier>()

/** Benefit levels, lowest rank first, with create, edit and delete. */
export const TiersSection = () => {
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<LoyaltyTier | null>(null)
  const [withBenefits, setWithBenefits] = useState<LoyaltyTier | null>(null)
  const { tiers, isPending, isError, error } = useLoyaltyTiers()
  const sorted = [...(tiers ?? [])].sort((a, b) => a.rank - b.rank)
  const { mutate: create, isPending: isCreating } = useCreateLoyaltyTier()
  const { mutate: remove } = useDeleteLoyaltyTier()
  const confirmDelete = useConfirmDelete(remove, (tier: LoyaltyTier) => ({
    title: `Delete the tier "${tier.name}"?`,
    description:
      "Members in this tier move to the highest tier they still reach. Their points are not touched.",
    deleted: `Tier "${tier.name}" was deleted`,
  }))

  const columns = [
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
      cell: ({ row }) => <TierBenefitsCell tier={row.original} onOpen={setWithBenefits} />,
    }),
    columnHelper.display({
      id: "action",
      size: 52,
      cell: ({ row }) => (
        <ActionMenu
          label={`Actions for ${row.original.name}`}
          groups={[
            [
              { label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(row.original) },
              {
                label: "Benefits",
                icon: <Gift />,
                onClick: () => setWithBenefits(row.original),
                testId: "loyalty-tier-benefits",
              },
            ],
            [{ label: "Delete", icon: <Trash />, onClick: () => confirmDelete(row.original) }],
          ]}
        />
      ),
    }),
  ]

  const table = useDataTable({
    columns,
    data: sorted,
    getRowId: (tier) => tier.id,
    rowCount: sorted.length,
    isLoading: isPending,
    onRowClick: openClickedRow(setEditing),
  })

  return (
    <Container className="divide-y p-0" data-testid="loyalty-tiers-section">
      <DataTable instance={table}>
        <TableToolbar onCreate={() => setCreating(true)} createTestId="loyalty-tier-create">
          <SectionHeading
            level="h2"
            title="Tiers"
            description="Benefit levels such as Bronze, Silver and Gold, shown on the customer's page with the points to the next one."
          />
        </TableToolbar>
        {isError ? (
          <LoadError what="tiers" error={error} />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No tiers yet",
                description: "Create one to give members a benefit level.",
              },
            }}
          />
        )}
      </DataTable>

      <CreateModal
        open={creating}
        onOpenChange={setCreating}
        title="Create tier"
        description="A member reaches the tier once they have its points; the highest tier reached applies."
        formId="create-loyalty-tier-form"
        isPending={isCreating}
        testId="loyalty-tier-create-modal"
      >
        <TierForm
          id="create-loyalty-tier-form"
          defaultRank={sorted.length ? sorted[sorted.length - 1].rank + 1 : 1}
          onSubmit={(payload) =>
            create(
              payload,
              toastOutcome(`Tier "${payload.name}" was created`, () => setCreating(false))
            )
          }
        />
      </CreateModal>
      <EditTierDrawer tier={editing} onClose={() => setEditing(null)} />
      <BenefitsDrawer
        owner={withBenefits && { tier_id: withBenefits.id }}
        title={`Benefits of "${withBenefits?.name ?? ""}"`}
        audience="members in the tier"
        onClose={() => setWithBenefits(null)}
      />
    </Container>
  )
}

const EditTierDrawer = ({ tier, onClose }: { tier: LoyaltyTier | null; onClose: () => void }) => {
  const { mutate, isPending } = useUpdateLoyaltyTier(tier?.id ?? "")
  return (
    <EditDrawer
      open={!!tier}
      onClose={onClose}
      title="Edit tier"
      description="Members' tiers are worked out again with the new values."
      formId="edit-loyalty-tier-form"
      isPending={isPending}
      testId="loyalty-tier-edit-drawer"
    >
      {tier && (
        <TierForm
          key={tier.id}
          id="edit-loyalty-tier-form"
          tier={tier}
          onSubmit={(payload) =>
            mutate(payload, toastOutcome(`Tier "${payload.name}" was updated`, onClose))
          }
        />
      )}
    </EditDrawer>
  )
}
