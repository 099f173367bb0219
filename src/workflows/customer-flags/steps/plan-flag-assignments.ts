import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assignmentExpiresAt,
  CUSTOMER_LOYALTY_MODULE,
  FlagAssignmentSource,
} from "../../../modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../modules/customer-loyalty/service"
import { CustomerFlagDTO } from "../../../modules/customer-loyalty/types"
import { inChunks } from "../../utils/chunks"
import { CreateFlagAssignmentRow } from "./create-flag-assignments"
import { flagCustomerKey } from "./flag-group-pairs"

export type PlanFlagAssignmentsInput = {
  assignments: {
    flag_id: string
    customer_id: string
    note?: string | null
    expires_at?: string | Date | null
  }[]
  flags: CustomerFlagDTO[]
  source?: FlagAssignmentSource
  source_id?: string | null
  assigned_by?: string | null
}

type ActiveAssignment = {
  flag_id: string
  customer_id: string
  source: FlagAssignmentSource
  source_id: string | null
  assigned_by: string | null
  note: string | null
  expires_at: Date | null
}

/** Sources that renew on their own; they never overwrite what a person set. */
const AUTOMATIC_SOURCES: FlagAssignmentSource[] = ["purchase_rule", "segment"]

export const planFlagAssignmentsStepId = "plan-flag-assignments"

/**
 * The assignment rows to create, read under the (flag, customer) locks so
 * that they build on the active assignments as they are. A rule or segment
 * renewing an assignment made by staff (or through the API) extends its
 * expiry but keeps its source, author and note, recording itself as
 * `renewal_source`. A purchase rule gives a flag once per order: pairs this
 * order already gave or renewed are left out.
 */
export const planFlagAssignmentsStep = createStep(
  planFlagAssignmentsStepId,
  async (input: PlanFlagAssignmentsInput, { container }) => {
    const service = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    const source = input.source ?? "manual"
    const sourceId = input.source_id ?? null
    // The last entry for a (flag, customer) pair wins.
    const wanted = [...new Map(input.assignments.map((a) => [flagCustomerKey(a), a])).values()]
    const flagIds = [...new Set(wanted.map((a) => a.flag_id))]
    const customerIds = [...new Set(wanted.map((a) => a.customer_id))]
    const listFor = (filters: Record<string, unknown>) =>
      inChunks(customerIds, (batch) =>
        service.listCustomerFlagAssignments(
          { flag_id: flagIds, customer_id: batch, ...filters },
          {
            select: [
              "flag_id",
              "customer_id",
              "source",
              "source_id",
              "assigned_by",
              "note",
              "expires_at",
            ],
          }
        )
      ) as Promise<ActiveAssignment[]>

    const active = new Map(
      (await listFor({ removed_at: null })).map((a) => [flagCustomerKey(a), a])
    )
    const given =
      source === "purchase_rule" && sourceId
        ? new Set(
            (
              await listFor({
                $or: [
                  { source, source_id: sourceId },
                  { renewal_source: source, renewal_source_id: sourceId },
                ],
              })
            ).map(flagCustomerKey)
          )
        : new Set<string>()

    const assignedAt = new Date()
    const flagById = new Map(input.flags.map((flag) => [flag.id, flag]))
    const rows: CreateFlagAssignmentRow[] = wanted
      .filter((a) => !given.has(flagCustomerKey(a)))
      .map((a) => {
        const expiresAt = a.expires_at
          ? new Date(a.expires_at)
          : assignmentExpiresAt(flagById.get(a.flag_id)!, assignedAt)
        const current = active.get(flagCustomerKey(a))
        if (
          current &&
          AUTOMATIC_SOURCES.includes(source) &&
          !AUTOMATIC_SOURCES.includes(current.source)
        ) {
          return {
            flag_id: a.flag_id,
            customer_id: a.customer_id,
            source: current.source,
            source_id: current.source_id,
            assigned_by: current.assigned_by,
            note: current.note,
            assigned_at: assignedAt,
            expires_at: laterExpiry(current.expires_at, expiresAt),
            renewal_source: source,
            renewal_source_id: sourceId,
          }
        }
        return {
          flag_id: a.flag_id,
          customer_id: a.customer_id,
          source,
          source_id: sourceId,
          assigned_by: input.assigned_by ?? null,
          note: a.note ?? null,
          assigned_at: assignedAt,
          expires_at: expiresAt,
        }
      })
    return new StepResponse(rows)
  }
)

/** The later of two expiries, where none (null) is the latest of all. */
function laterExpiry(a: Date | string | null, b: Date | null): Date | null {
  if (a === null || b === null) {
    return null
  }
  return new Date(Math.max(new Date(a).getTime(), b.getTime()))
}
