import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateRewardCode } from "./create-reward-promotion"
import { hasLoyaltyPlugin } from "./loyalty-plugin"

export type CreatePluginRewardInput = {
  kind: "gift_card" | "store_credit"
  redemption_id: string
  customer_id: string
  amount: number
  currency_code: string
  reward_name: string
}

export type PluginReward = {
  gift_card_id: string | null
  code: string | null
  store_credit_account_id: string | null
}

/**
 * The official plugin's workflows, loaded only when it is installed: it is
 * an optional peer, so this plugin must not import it at load time.
 */
function loyaltyPluginWorkflows(container: MedusaContainer) {
  if (!hasLoyaltyPlugin(container)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Gift card and store credit rewards need @medusajs/loyalty-plugin, which is not installed"
    )
  }
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require("@medusajs/loyalty-plugin/workflows")
}

type Compensation = {
  kind: CreatePluginRewardInput["kind"]
  reward: PluginReward
  input: CreatePluginRewardInput
}

export const createPluginRewardStepId = "create-loyalty-plugin-reward"

/**
 * Makes a gift card (with its code) or credits the customer's store credit
 * account in the reward's currency, through `@medusajs/loyalty-plugin`.
 * The compensation deletes the gift card or debits the credit again.
 */
export const createPluginRewardStep = createStep(
  createPluginRewardStepId,
  async (input: CreatePluginRewardInput, { container }) => {
    const workflows = loyaltyPluginWorkflows(container)
    const reference = { reference: "loyalty_redemption", reference_id: input.redemption_id }

    if (input.kind === "gift_card") {
      const { result } = await workflows.createGiftCardsWorkflow(container).run({
        input: [
          {
            code: generateRewardCode().replace("LOYAL-", "GIFT-"),
            value: input.amount,
            currency_code: input.currency_code,
            expires_at: null,
            customer_id: input.customer_id,
            line_item_id: null,
            metadata: { loyalty_reward: input.reward_name },
            ...reference,
          },
        ],
      })
      const reward: PluginReward = {
        gift_card_id: result[0].id,
        code: result[0].code,
        store_credit_account_id: null,
      }
      return new StepResponse<PluginReward, Compensation>(reward, {
        kind: input.kind,
        reward,
        input,
      })
    }

    const storeCredit = container.resolve("store_credit") as any
    let [account] = await storeCredit.listStoreCreditAccounts({
      customer_id: input.customer_id,
      currency_code: input.currency_code,
    })
    if (!account) {
      const { result } = await workflows.createStoreCreditAccountsWorkflow(container).run({
        input: [{ customer_id: input.customer_id, currency_code: input.currency_code }],
      })
      account = result[0]
    }
    await workflows.creditAccountsWorkflow(container).run({
      input: [
        { account_id: account.id, amount: input.amount, note: input.reward_name, ...reference },
      ],
    })
    const reward: PluginReward = {
      gift_card_id: null,
      code: null,
      store_credit_account_id: account.id,
    }
    return new StepResponse<PluginReward, Compensation>(reward, {
      kind: input.kind,
      reward,
      input,
    })
  },
  async (state, { container }) => {
    if (!state) {
      return
    }
    const workflows = loyaltyPluginWorkflows(container)
    if (state.kind === "gift_card" && state.reward.gift_card_id) {
      await workflows.deleteGiftCardWorkflow(container).run({
        input: { id: state.reward.gift_card_id },
      })
      return
    }
    if (state.reward.store_credit_account_id) {
      await workflows.debitAccountsWorkflow(container).run({
        input: [
          {
            account_id: state.reward.store_credit_account_id,
            amount: state.input.amount,
            note: "Loyalty redemption undone",
            reference: "loyalty_redemption",
            reference_id: state.input.redemption_id,
          },
        ],
      })
    }
  }
)
