import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CustomerSegmentDTO } from "../../../modules/customer-loyalty"
import { compileSegmentRules, parseSegmentRules, SqlFragment } from "../../../segments"
import { loyaltyService } from "../../loyalty/steps/resolve-service"

export type CompiledSegment = {
  segment: CustomerSegmentDTO
  members: { text: string; params: unknown[] }
  now: Date
  /** Set when only these customers are to be re-evaluated. */
  customer_ids?: string[]
}

export const compileSegmentMembersStepId = "compile-segment-members"

/**
 * Loads a segment (404 when missing) and compiles its rules to the member
 * query; with `customer_ids`, a query that selects only among them.
 */
export const compileSegmentMembersStep = createStep(
  compileSegmentMembersStepId,
  async (input: { segment_id: string; customer_ids?: string[] }, { container }) => {
    const service = loyaltyService(container)
    const segment = (await service.retrieveCustomerSegment(
      input.segment_id
    )) as unknown as CustomerSegmentDTO
    const parsed = parseSegmentRules(segment.rules)
    if (parsed.errors) {
      // Saved rules were valid when saved; a catalogue change could break them.
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Segment ${segment.id} has rules that are no longer valid: ${parsed.errors[0].path}: ${parsed.errors[0].message}`
      )
    }
    const now = new Date()
    const settings = service.getSegmentSettings()
    const members: SqlFragment = compileSegmentRules(parsed.rules, {
      timezone: settings.timezone,
      now,
      marketing_consent_key: settings.marketing_consent_key,
      customer_ids: input.customer_ids,
    })
    return new StepResponse<CompiledSegment>({
      segment,
      members: { text: members.text, params: [...members.params] },
      now,
      ...(input.customer_ids ? { customer_ids: input.customer_ids } : {}),
    })
  }
)
