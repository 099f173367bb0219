import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useRedeemRewardForCustomer } from "../hooks/customer-benefits"
import { formatMoney, formatPoints, rewardKindLabel } from "../lib/loyalty-format"
import { CustomerReward } from "../lib/types"
import { CustomerRedemptionList } from "./customer-redemption-list"
import { toastError } from "../lib/toast-outcome"

type Props = {
  customerId: string
  customerName: string
  rewards: CustomerReward[]
  pointsAvailable: number
}

/**
 * The rewards the member's points can buy, each with a Redeem button that
 * asks first, and below them the rewards already redeemed with their codes.
 */
export const CustomerRewards = ({ customerId, customerName, rewards, pointsAvailable }: Props) => {
  const prompt = usePrompt()
  const { mutate, isPending } = useRedeemRewardForCustomer(customerId)

  const redeem = async (reward: CustomerReward) => {
    const confirmed = await prompt({
      title: `Redeem "${reward.name}" for ${customerName}?`,
      description: `${formatPoints(reward.points_cost)} points are taken from the membership (${formatPoints(
        pointsAvailable
      )} available) and the reward is made at once. This cannot be undone.`,
      confirmText: "Redeem",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    mutate(
      { reward_id: reward.id },
      {
        onSuccess: ({ redemption }) => {
          toast.success(`"${reward.name}" redeemed for ${formatPoints(redemption.points)} points`)
        },
        onError: (error) => toastError(error),
      }
    )
  }

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="customer-rewards">
      <div className="flex items-center justify-between">
        <Text size="small" leading="compact" weight="plus">
          Rewards
        </Text>
        <Text
          size="small"
          leading="compact"
          className="text-ui-fg-subtle"
          data-testid="customer-rewards-points"
          data-value={pointsAvailable}
        >
          {`${formatPoints(pointsAvailable)} points available`}
        </Text>
      </div>
      {!rewards.length ? (
        <Text size="small" className="text-ui-fg-subtle">
          The program has no rewards yet.
        </Text>
      ) : (
        rewards.map((reward) => (
          <div
            key={reward.id}
            className="flex items-center justify-between gap-x-3"
            data-testid="customer-reward"
            data-reward-name={reward.name}
            data-affordable={reward.affordable}
          >
            <div className="flex min-w-0 flex-col">
              <Text size="small" leading="compact">
                {reward.name}
              </Text>
              <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                {`${formatPoints(reward.points_cost)} points · ${rewardKindLabel(reward.kind)} ${formatMoney(
                  reward.amount,
                  reward.currency_code
                )}`}
                {!reward.affordable &&
                  reward.points_cost > pointsAvailable &&
                  ` · needs ${formatPoints(reward.points_cost - pointsAvailable)} more`}
              </Text>
            </div>
            <Button
              size="small"
              variant="secondary"
              disabled={!reward.affordable || isPending}
              onClick={() => redeem(reward)}
              data-testid="customer-reward-redeem"
            >
              Redeem
            </Button>
          </div>
        ))
      )}
      <CustomerRedemptionList customerId={customerId} />
    </div>
  )
}
