import { PencilSquare, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  Heading,
  StatusBadge,
  Text,
  createDataTableColumnHelper,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import {
  useCreateLoyaltyReward,
  useDeleteLoyaltyReward,
  useLoyaltyRewards,
  useUpdateLoyaltyReward,
} from "../hooks/loyalty-rewards"
import { formatMoney, formatPoints, rewardKindLabel } from "../lib/loyalty-format"
import { LoyaltyReward } from "../lib/types"
import { ActionMenu } from "./action-menu"
import { CreateModal } from "./create-modal"
import { EditDrawer } from "./edit-drawer"
import { RewardForm } from "./reward-form"

const columnHelper = createDataTableColumnHelper<LoyaltyReward>()

/** Rewards members can redeem points for, with create, edit and delete. */
export const RewardsSection = () => {
  const prompt = usePrompt()
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<LoyaltyReward | null>(null)
  const { rewards, isPending, isError, error } = useLoyaltyRewards()
  const { mutate: create, isPending: isCreating } = useCreateLoyaltyReward()
  const { mutate: remove } = useDeleteLoyaltyReward()

  const handleDelete = async (reward: LoyaltyReward) => {
    const confirmed = await prompt({
      title: `Delete the reward "${reward.name}"?`,
      description:
        "Members can no longer redeem it. Codes and gift cards already given keep working.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (confirmed) {
      remove(reward.id, {
        onSuccess: () => toast.success(`Reward "${reward.name}" was deleted`),
        onError: (err) => toast.error(err.message),
      })
    }
  }

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
    data: rewards ?? [],
    getRowId: (reward) => reward.id,
    rowCount: rewards?.length ?? 0,
    isLoading: isPending,
    onRowClick: (_event, row) =>
      setEditing((row as unknown as { original: LoyaltyReward }).original ?? row),
  })

  return (
    <Container className="divide-y p-0" data-testid="loyalty-rewards-section">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-2">
          <div className="flex flex-col gap-y-1">
            <Heading level="h2">Rewards</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              What members can take for their points, e.g. 500 points for a 50 SEK code.
            </Text>
          </div>
          <Button
            size="small"
            variant="secondary"
            onClick={() => setCreating(true)}
            data-testid="loyalty-reward-create"
          >
            Create
          </Button>
        </DataTable.Toolbar>
        {isError ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            The rewards could not be loaded: {error?.message}
          </Text>
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
            create(payload, {
              onSuccess: () => {
                toast.success(`Reward "${payload.name}" was created`)
                setCreating(false)
              },
              onError: (err) => toast.error(err.message),
            })
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
            mutate(payload, {
              onSuccess: () => {
                toast.success(`Reward "${payload.name}" was updated`)
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
