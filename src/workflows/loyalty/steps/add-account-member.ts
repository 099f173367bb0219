import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"
import { loyaltyService } from "./resolve-service"

export type AddAccountMemberStepInput = {
  account_id: string
  customer_id: string
  actor?: string | null
}

/** What the compensation undoes: a new member row, or a merge into the account. */
type AddedMember =
  { member_id: string } | Parameters<CustomerLoyaltyModuleService["unmergeLoyaltyAccounts"]>[0]

export const addAccountMemberStepId = "add-loyalty-account-member"

/**
 * Puts a customer into a membership. A customer who has a membership of
 * their own brings its points along (and that membership closes); one who
 * shares a membership with others must leave it first.
 */
export const addAccountMemberStep = createStep(
  addAccountMemberStepId,
  async (input: AddAccountMemberStepInput, { container }) => {
    const service = loyaltyService(container)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const [target] = await service.listLoyaltyAccounts({ id: input.account_id })
    if (!target) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Loyalty account with id: ${input.account_id} was not found`
      )
    }
    if (target.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Loyalty account ${target.id} is closed`)
    }
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { id: input.customer_id },
    })
    if (!customers.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer with id: ${input.customer_id} was not found`
      )
    }

    const [current] = await service.listLoyaltyAccountMembers({
      customer_id: input.customer_id,
    })
    if (current?.account_id === target.id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Customer ${input.customer_id} is already a member of this account`
      )
    }
    if (!current) {
      const member = await service.createLoyaltyAccountMembers({
        account_id: target.id,
        customer_id: input.customer_id,
        joined_at: new Date(),
      })
      return new StepResponse({ moved_points: false }, { member_id: member.id } as AddedMember)
    }

    const others = await service.listLoyaltyAccountMembers({
      account_id: current.account_id,
    })
    if (others.length > 1) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Customer ${input.customer_id} shares membership ${current.account_id} with others; remove them from it first`
      )
    }
    const merged = await service.mergeLoyaltyAccounts({
      source_account_id: current.account_id,
      target_account_id: target.id,
      customer_id: input.customer_id,
      actor: input.actor,
      idempotency_key: `merge:${current.account_id}:${target.id}`,
    })
    return new StepResponse({ moved_points: true, source_account_id: current.account_id }, {
      source_account_id: current.account_id,
      customer_id: input.customer_id,
      transfer_out_id: merged.transfer_out.id,
      transfer_in_ids: merged.transfer_in.map((e) => e.id),
    } as AddedMember)
  },
  async (state: AddedMember | undefined, { container }) => {
    if (!state) {
      return
    }
    const service = loyaltyService(container)
    if ("member_id" in state) {
      await service.deleteLoyaltyAccountMembers(state.member_id)
      return
    }
    await service.unmergeLoyaltyAccounts(state)
  }
)
