import { MedusaContainer } from "@medusajs/framework/types"
import { PostedEntry } from "../../../modules/customer-loyalty/ledger"
import { loyaltyService } from "./resolve-service"

// Each posting step posts one ledger entry. An entry that already existed
// (the same event delivered again) is returned as a duplicate and left alone
// by the compensation; a new one is rolled back if the workflow fails later.

/** The compensation data of a posting: the new entry's id, or null for a duplicate. */
export const compensationData = (posted: PostedEntry) => (posted.duplicate ? null : posted.entry.id)

/** The compensation of a posting step: rolls back the entry it posted, if new. */
export const rollbackNew = async (
  entryId: string | null | undefined,
  { container }: { container: MedusaContainer }
) => {
  if (entryId) {
    await loyaltyService(container).rollbackLoyaltyEntry(entryId)
  }
}
