import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { CustomerFlag, CustomerFlagAssignment } from "./models"
import { EndedFlagAssignment } from "./types"

class CustomerLoyaltyModuleService extends MedusaService({
  CustomerFlag,
  CustomerFlagAssignment,
}) {
  /**
   * Ends every active assignment whose `expires_at` has passed, in one
   * statement, and returns what it ended so the caller can update customer
   * groups and emit events.
   */
  @InjectManager()
  async expireDueFlagAssignments(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EndedFlagAssignment[]> {
    return await this.expireDueFlagAssignments_(now, sharedContext)
  }

  /** Makes ended assignments active again (used by workflow compensations). */
  @InjectManager()
  async reactivateFlagAssignments(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (!ids.length) {
      return
    }
    await this.updateCustomerFlagAssignments(
      ids.map((id) => ({
        id,
        removed_at: null,
        removed_by: null,
        removal_reason: null,
      })),
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async expireDueFlagAssignments_(
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EndedFlagAssignment[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    return await manager.execute(
      `UPDATE customer_flag_assignment
          SET removed_at = ?, removed_by = 'system', removal_reason = 'expired', updated_at = now()
        WHERE removed_at IS NULL
          AND deleted_at IS NULL
          AND expires_at IS NOT NULL
          AND expires_at <= ?
    RETURNING id, flag_id, customer_id`,
      [now, now]
    )
  }
}

export default CustomerLoyaltyModuleService
