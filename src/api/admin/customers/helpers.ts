import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { formatCustomerFlag } from "../customer-flags/helpers"
import { defaultAdminFlagAssignmentFields } from "./query-config"
import type { AdminCustomerFlagAssignment, Served } from "../../../types/http"

export async function assertCustomerExists(scope: MedusaContainer, customerId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { id: customerId },
  })
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with id: ${customerId} was not found`
    )
  }
}

export async function listActiveFlagAssignments(
  scope: MedusaContainer,
  filters: Record<string, unknown>
): Promise<Served<AdminCustomerFlagAssignment>[]> {
  return await listFlagAssignments(scope, { ...filters, removed_at: null })
}

/** Assignments, active or ended, each with its flag, oldest first. */
export async function listFlagAssignments(
  scope: MedusaContainer,
  filters: Record<string, unknown>
): Promise<Served<AdminCustomerFlagAssignment>[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer_flag_assignment",
    fields: defaultAdminFlagAssignmentFields,
    filters,
    pagination: { order: { assigned_at: "ASC" } },
  })
  return data.map((assignment) => ({
    ...assignment,
    flag: assignment.flag ? formatCustomerFlag(assignment.flag) : null,
  }))
}
