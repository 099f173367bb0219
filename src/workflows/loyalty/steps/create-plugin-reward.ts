import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateRewardCode } from "./create-reward-promotion"
import { hasLoyaltyPlugin, LOYALTY_PLUGIN_MODULE } from "./loyalty-plugin"

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
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an optional peer, loaded when there
  return require("@medusajs/loyalty-plugin/workflows")
}

const undone = (input: CreatePluginRewardInput) => ({
  note: "Loyalty redemption undone",
  reference: "loyalty_redemption",
  reference_id: input.redemption_id,
})

/** The store credit account that holds a gift card's balance. */
async function giftCardAccountId(container: MedusaContainer, giftCardId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "gift_card_store_credit_account",
    fields: ["store_credit_account_id"],
    filters: { gift_card_id: giftCardId },
  })
  return (data[0]?.store_credit_account_id as string | undefined) ?? null
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
 * The compensation debits the credit again, from the customer's account or
 * the one behind the gift card, and deletes the gift card.
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
            line_item_id: null,
            note: input.reward_name,
            // The plugin's gift cards are bearer cards with no owner column
            // (it was dropped in 2.21); the customer is kept here and on the
            // redemption the reference points to.
            metadata: {
              loyalty_reward: input.reward_name,
              loyalty_redemption_id: input.redemption_id,
              customer_id: input.customer_id,
            },
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

    const storeCredit = container.resolve<{
      listStoreCreditAccounts(filters: {
        customer_id: string
        currency_code: string
      }): Promise<{ id: string }[]>
    }>("store_credit")
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
      // Deleting the card alone would leave its funded store credit account.
      const backing = await giftCardAccountId(container, state.reward.gift_card_id)
      if (backing) {
        await workflows.debitAccountsWorkflow(container).run({
          input: [{ account_id: backing, amount: state.input.amount, ...undone(state.input) }],
        })
      }
      // Not the plugin's deleteGiftCardWorkflow: in 2.21.1 its step looks for
      // deleteGiftCards on the store credit module and always fails.
      await container
        .resolve<{ softDeleteGiftCards(ids: string[]): Promise<unknown> }>(LOYALTY_PLUGIN_MODULE)
        .softDeleteGiftCards([state.reward.gift_card_id])
      return
    }
    if (state.reward.store_credit_account_id) {
      await workflows.debitAccountsWorkflow(container).run({
        input: [
          {
            account_id: state.reward.store_credit_account_id,
            amount: state.input.amount,
            ...undone(state.input),
          },
        ],
      })
    }
  }
)
