import {
  Container,
  DataTable,
  StatusBadge,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import {
  useCreateLoyaltyReward,
  useDeleteLoyaltyReward,
  useLoyaltyRewards,
  useUpdateLoyaltyReward,
} from "../hooks/loyalty-rewards"
import { useConfirmDelete } from "../hooks/use-confirm-delete"
import { formatMoney, formatPoints, rewardKindLabel } from "../lib/loyalty-format"
import { toastOutcome } from "../lib/toast-outcome"
import { LoyaltyReward } from "../lib/types"
import { CreateModal } from "./create-modal"
import { EditDrawer } from "./edit-drawer"
import { LoadError } from "./load-error"
import { RewardForm } from "./reward-form"
import { SectionHeading } from "./section-heading"
import { editDeleteColumn, openClickedRow } from "./table-row-actions"
import { TableToolbar } from "./table-toolbar"

const columnHelper = createDataTableColumnHelper<LoyaltyReward>()

/** Rewards members can redeem points for, with create, edit and delete. */
export const RewardsSection = () => {
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<LoyaltyReward | null>(null)
  const { rewards, isPending, isError, error } = useLoyaltyRewards()
  const { mutate: create, isPending: isCreating } = useCreateLoyaltyReward()
  const { mutate: remove } = useDeleteLoyaltyReward()
  const confirmDelete = useConfirmDelete(remove, (reward: LoyaltyReward) => ({
    title: `Delete the reward "${reward.name}"?`,
    description:
      "Members can no longer redeem it. Codes and gift cards already given keep working.",
    deleted: `Reward "${reward.name}" was deleted`,
  }))

  const columns = [
    columnHelper.accessor("name", {
      header: "Name",
      cell: ({ getValue }) => <span className="text-ui-fg-base">{getValue()}</span>,
    }),
    columnHelper.accessor("points_cost", {
      header: "Points cost",
      cell: ({ getValue }) => formatPoints(getValue()),
    }),
    columnHelper.display({
      id: "gives",
      header: "Gives",
      cell: ({ row }) =>
        `${rewardKindLabel(row.original.kind)}, ${formatMoney(
          row.original.amount,
          row.original.currency_code
        )}`,
    }),
    columnHelper.accessor("is_active", {
      header: "Status",
      cell: ({ getValue }) => (
        <StatusBadge color={getValue() ? "green" : "grey"}>
          {getValue() ? "Active" : "Inactive"}
        </StatusBadge>
      ),
    }),
    editDeleteColumn(setEditing, confirmDelete),
  ]

  const table = useDataTable({
    columns,
    data: rewards ?? [],
    getRowId: (reward) => reward.id,
    rowCount: rewards?.length ?? 0,
    isLoading: isPending,
    onRowClick: openClickedRow(setEditing),
  })

  return (
    <Container className="divide-y p-0" data-testid="loyalty-rewards-section">
      <DataTable instance={table}>
        <TableToolbar onCreate={() => setCreating(true)} createTestId="loyalty-reward-create">
          <SectionHeading
            level="h2"
            title="Rewards"
            description="What members can take for their points, e.g. 500 points for a 50 SEK code."
          />
        </TableToolbar>
        {isError ? (
          <LoadError what="rewards" error={error} />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No rewards yet",
                description: "Create one so that members can use their points.",
              },
            }}
          />
        )}
      </DataTable>

      <CreateModal
        open={creating}
        onOpenChange={setCreating}
        title="Create reward"
        description="Members with enough available points can redeem it in the storefront."
        formId="create-loyalty-reward-form"
        isPending={isCreating}
        testId="loyalty-reward-create-modal"
      >
        <RewardForm
          id="create-loyalty-reward-form"
          onSubmit={(payload) =>
            create(
              payload,
              toastOutcome(`Reward "${payload.name}" was created`, () => setCreating(false))
            )
          }
        />
      </CreateModal>
      <EditRewardDrawer reward={editing} onClose={() => setEditing(null)} />
    </Container>
  )
}

const EditRewardDrawer = ({
  reward,
  onClose,
}: {
  reward: LoyaltyReward | null
  onClose: () => void
}) => {
  const { mutate, isPending } = useUpdateLoyaltyReward(reward?.id ?? "")
  return (
    <EditDrawer
      open={!!reward}
      onClose={onClose}
      title="Edit reward"
      description="Redemptions already made are not changed."
      formId="edit-loyalty-reward-form"
      isPending={isPending}
      testId="loyalty-reward-edit-drawer"
    >
      {reward && (
        <RewardForm
          key={reward.id}
          id="edit-loyalty-reward-form"
          reward={reward}
          onSubmit={(payload) =>
            mutate(payload, toastOutcome(`Reward "${payload.name}" was updated`, onClose))
          }
        />
      )}
    </EditDrawer>
  )
}
