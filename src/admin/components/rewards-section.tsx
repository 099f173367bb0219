import { StatusBadge, createDataTableColumnHelper } from "@medusajs/ui"
import {
  useCreateLoyaltyReward,
  useDeleteLoyaltyReward,
  useLoyaltyRewards,
  useUpdateLoyaltyReward,
} from "../hooks/loyalty-rewards"
import { formatMoney, formatPoints, rewardKindLabel } from "../lib/loyalty-format"
import { LoyaltyReward, LoyaltyRewardPayload } from "../lib/types"
import { RewardForm } from "./reward-form"
import { SettingsListSection } from "./settings-list-section"

const columnHelper = createDataTableColumnHelper<LoyaltyReward>()

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
]

/** Rewards members can redeem points for, with create, edit and delete. */
export const RewardsSection = () => {
  const { rewards, isPending, isError, error } = useLoyaltyRewards()
  return (
    <SettingsListSection<LoyaltyReward, LoyaltyRewardPayload>
      testId="loyalty-rewards-section"
      title="Rewards"
      description="What members can take for their points, e.g. 500 points for a 50 SEK code."
      what="rewards"
      list={{ rows: rewards ?? [], isPending, isError, error }}
      emptyState={{
        heading: "No rewards yet",
        description: "Create one so that members can use their points.",
      }}
      columns={columns}
      form={({ id, row, onSubmit }) => <RewardForm id={id} reward={row} onSubmit={onSubmit} />}
      useCreate={useCreateLoyaltyReward}
      useUpdate={useUpdateLoyaltyReward}
      useDelete={useDeleteLoyaltyReward}
      create={{
        buttonTestId: "loyalty-reward-create",
        title: "Create reward",
        description: "Members with enough available points can redeem it in the storefront.",
        formId: "create-loyalty-reward-form",
        testId: "loyalty-reward-create-modal",
        created: (reward) => `Reward "${reward.name}" was created`,
      }}
      edit={{
        title: "Edit reward",
        description: "Redemptions already made are not changed.",
        formId: "edit-loyalty-reward-form",
        testId: "loyalty-reward-edit-drawer",
        updated: (reward) => `Reward "${reward.name}" was updated`,
      }}
      deletePrompt={(reward) => ({
        title: `Delete the reward "${reward.name}"?`,
        description:
          "Members can no longer redeem it. Codes and gift cards already given keep working.",
        deleted: `Reward "${reward.name}" was deleted`,
      })}
    />
  )
}
