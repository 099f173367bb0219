import { PencilSquare, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import {
  useCreateLoyaltyTier,
  useDeleteLoyaltyTier,
  useLoyaltyTiers,
  useUpdateLoyaltyTier,
} from "../hooks/loyalty-tiers"
import { formatPoints, tierBasisLabel } from "../lib/loyalty-format"
import { LoyaltyTier } from "../lib/types"
import { ActionMenu } from "./action-menu"
import { CreateModal } from "./create-modal"
import { EditDrawer } from "./edit-drawer"
import { TierForm } from "./tier-form"

const columnHelper = createDataTableColumnHelper<LoyaltyTier>()

/** Benefit levels, lowest rank first, with create, edit and delete. */
export const TiersSection = () => {
  const prompt = usePrompt()
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<LoyaltyTier | null>(null)
  const { tiers, isPending, isError, error } = useLoyaltyTiers()
  const sorted = [...(tiers ?? [])].sort((a, b) => a.rank - b.rank)
  const { mutate: create, isPending: isCreating } = useCreateLoyaltyTier()
  const { mutate: remove } = useDeleteLoyaltyTier()

  const handleDelete = async (tier: LoyaltyTier) => {
    const confirmed = await prompt({
      title: `Delete the tier "${tier.name}"?`,
      description:
        "Members in this tier move to the highest tier they still reach. Their points are not touched.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (confirmed) {
      remove(tier.id, {
        onSuccess: () => toast.success(`Tier "${tier.name}" was deleted`),
        onError: (err) => toast.error(err.message),
      })
    }
  }

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
    columnHelper.accessor("description", {
      header: "Benefits",
      cell: ({ getValue }) => (
        <span className="block max-w-[260px] truncate" title={getValue() ?? undefined}>
          {getValue() || "-"}
        </span>
      ),
    }),
    columnHelper.display({
      id: "action",
      size: 52,
      cell: ({ row }) => (
        <ActionMenu
          label={`Actions for ${row.original.name}`}
          groups={[
            [{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(row.original) }],
            [{ label: "Delete", icon: <Trash />, onClick: () => handleDelete(row.original) }],
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
    onRowClick: (_event, row) =>
      setEditing((row as unknown as { original: LoyaltyTier }).original ?? row),
  })

  return (
    <Container className="divide-y p-0" data-testid="loyalty-tiers-section">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-2">
          <div className="flex flex-col gap-y-1">
            <Heading level="h2">Tiers</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Benefit levels such as Bronze, Silver and Gold, shown on the customer's
              page with the points to the next one.
            </Text>
          </div>
          <Button
            size="small"
            variant="secondary"
            onClick={() => setCreating(true)}
            data-testid="loyalty-tier-create"
          >
            Create
          </Button>
        </DataTable.Toolbar>
        {isError ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            The tiers could not be loaded: {error?.message}
          </Text>
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
            create(payload, {
              onSuccess: () => {
                toast.success(`Tier "${payload.name}" was created`)
                setCreating(false)
              },
              onError: (err) => toast.error(err.message),
            })
          }
        />
      </CreateModal>
      <EditTierDrawer tier={editing} onClose={() => setEditing(null)} />
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
            mutate(payload, {
              onSuccess: () => {
                toast.success(`Tier "${payload.name}" was updated`)
                onClose()
              },
              onError: (err) => toast.error(err.message),
            })
          }
        />
      )}
    </EditDrawer>
  )
}
