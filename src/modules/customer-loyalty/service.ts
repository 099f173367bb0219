import { Context } from "@medusajs/framework/types"
import type { Readable } from "stream"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import {
  closeAccount,
  CloseAccountInput,
  credit,
  CreditInput,
  debit,
  DebitInput,
  ensureAccountForCustomer,
  entrySummaryDifferences,
  EntrySummaryFilters,
  EntryTotals,
  foldEntrySummaryChanges,
  rebuildEntrySummary,
  sumEntries,
  weeklyEntrySums,
  WeeklyEntrySums,
  expireLots,
  ExpiredLot,
  ledgerBalances,
  LedgerBalances,
  Manager,
  mergeAccounts,
  MergeAccountsInput,
  PostedEntry,
  reopenAccount,
  unmergeAccounts,
  recomputeTiers,
  releasePending,
  ReleasedLot,
  restorePending,
  restoreTiers,
  TierChange,
  reverseEarned,
  ReverseEarnedInput,
  rollbackEntry,
  planTierGroups,
  TierGroupPlan,
  TierGroupScope,
  rollingPoints,
} from "./ledger"
import {
  accountsAndTiers,
  LoyaltyAccountRow,
  LoyaltyTierRow,
  staffAccountIdOfCustomer,
} from "./accounts"
import {
  BenefitPlan,
  BenefitUse,
  CartDiscounts,
  CartDiscountsInput,
  CartLine,
  planCartDiscounts,
  CheckPurchaseInput,
  checkPurchase,
  countedUsage,
  earlyAccessForProduct,
  heldBenefits,
  recordOrder,
  RecordOrderInput,
  releaseCart,
  releaseOrder,
  reserveForCart,
  unreleaseUsage,
} from "./benefits"
import {
  CustomerBenefit,
  CustomerBenefitUsage,
  CustomerFlag,
  CustomerFlagAssignment,
  CustomerSegment,
  CustomerSegmentMembership,
  LoyaltyAccount,
  LoyaltyAccountMember,
  LoyaltyEarnRule,
  LoyaltyEntry,
  LoyaltyMessage,
  LoyaltyRedemption,
  LoyaltyReward,
  LoyaltySettings,
  LoyaltyTier,
  ProductSaleStart,
} from "./models"
import { CustomerLoyaltyOptions, segmentSettings, SegmentSettings } from "./options"
import { LoyaltyMessageWrite, writeMessages } from "./messages/store"
import {
  countSegmentMembers,
  listSegmentMembersPage,
  MemberQuery,
  refreshMembership,
  SegmentMemberRow,
  SegmentMembersFilter,
  SegmentMembersPosition,
  SegmentMembershipChange,
  undoMembershipRefresh,
} from "./segments"
import { DEFAULT_LOYALTY_SETTINGS, EndedFlagAssignment, LoyaltySettingsDTO } from "./types"
import {
  removeAccountMember,
  RemoveAccountMemberInput,
  RemovedAccountMember,
  setAccountIdentifier,
  undoRemoveAccountMember,
} from "./memberships"
import {
  anonymiseLoyaltyLedger,
  detachBenefitUsage,
  forgetFlagAssignments,
  forgetSegmentMemberships,
  ForgettingPlan,
  ForgottenRows,
  planForgetting,
  removeLoyaltyMembers,
  restoreForgottenRows,
} from "./privacy"
import {
  CopyExportQuery,
  runQuery,
  runQueryWithSettings,
  SqlQuery,
  streamCopyExport,
} from "./statements"
import type { BenefitKind } from "./constants"

/** The entity manager of the transaction (or, for reads, the session). */
const managerOf = (context: Context) => (context.transactionManager ?? context.manager) as Manager

class CustomerLoyaltyModuleService extends MedusaService({
  CustomerBenefit,
  CustomerBenefitUsage,
  CustomerFlag,
  CustomerFlagAssignment,
  CustomerSegment,
  CustomerSegmentMembership,
  LoyaltyAccount,
  LoyaltyAccountMember,
  LoyaltyEarnRule,
  LoyaltyEntry,
  LoyaltyMessage,
  LoyaltyRedemption,
  LoyaltyReward,
  LoyaltySettings,
  LoyaltyTier,
  ProductSaleStart,
}) {
  protected readonly options_: CustomerLoyaltyOptions
  protected readonly segmentSettings_: SegmentSettings

  constructor(container: Record<string, unknown>, options: CustomerLoyaltyOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options ?? {}
    // Fails at boot on a misconfigured timezone rather than at the first refresh.
    this.segmentSettings_ = segmentSettings(this.options_)
  }

  /** The plugin options this module was registered with. */
  getOptions(): CustomerLoyaltyOptions {
    return this.options_
  }

  // ---- Statements built outside the module ----------------------------------
  // The plugin's reads that join Medusa's own tables (customers, orders) are
  // built outside this module, which does not know those tables, and run
  // here, on the module's connection (as segment refreshes take the query
  // selecting their members).

  /** Runs a statement built outside the module and returns its rows. */
  @InjectManager()
  async runQuery<T = Record<string, unknown>>(
    query: SqlQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<T[]> {
    return await runQuery<T>(managerOf(sharedContext), query)
  }

  /**
   * Runs a statement after `SET LOCAL` settings (memory, JIT, a time limit),
   * in a transaction of its own, so the settings end with it.
   */
  @InjectTransactionManager()
  async runQueryWithSettings<T = Record<string, unknown>>(
    query: SqlQuery,
    settings: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<T[]> {
    return await runQueryWithSettings<T>(managerOf(sharedContext), query, settings)
  }

  /**
   * Streams `COPY (query) TO STDOUT` to `consume` as PostgreSQL writes it
   * (the exports), on a connection of the module's pool: see
   * `statements/copy-export.ts`.
   */
  @InjectManager()
  async streamCopy(
    query: SqlQuery & Pick<CopyExportQuery, "label" | "settings">,
    consume: (data: Readable) => Promise<void>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await streamCopyExport(
      managerOf(sharedContext).getKnex(),
      { label: query.label, sql: query.text, bindings: query.params, settings: query.settings },
      consume
    )
  }

  // ---- Customer flags ------------------------------------------------------

  /**
   * Ends every active assignment whose `expires_at` has passed, in one
   * statement, and returns what it ended so the caller can update customer
   * groups and emit events.
   */
  @InjectTransactionManager()
  async expireDueFlagAssignments(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EndedFlagAssignment[]> {
    return await managerOf(sharedContext).execute(
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

  // ---- Segments -------------------------------------------------------------

  /** Timezone, refresh interval and consent key, with defaults applied. */
  getSegmentSettings(): SegmentSettings {
    return this.segmentSettings_
  }

  /**
   * Makes a segment's memberships match `members` (a query selecting
   * `customer_id`, compiled from the segment's rules outside this module)
   * and returns who entered and who left. With `customer_ids`, only those
   * customers' memberships are compared (the incremental refresh).
   */
  @InjectTransactionManager()
  async refreshSegmentMembership(
    input: { segment_id: string; members: MemberQuery; now?: Date; customer_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SegmentMembershipChange> {
    return await refreshMembership(
      managerOf(sharedContext),
      input.segment_id,
      input.members,
      input.now ?? new Date(),
      input.customer_ids
    )
  }

  @InjectTransactionManager()
  async undoSegmentRefresh(
    change: Pick<
      SegmentMembershipChange,
      "segment_id" | "entered" | "left" | "previous" | "customer_ids"
    >,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await undoMembershipRefresh(managerOf(sharedContext), change)
  }

  /**
   * Writes a segment's rule tree whole. The generated update merges JSON
   * objects, which would mix the old tree's `any` into a new `all`.
   */
  @InjectTransactionManager()
  async replaceSegmentRules(
    segmentId: string,
    rules: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await managerOf(sharedContext).execute(
      `UPDATE customer_segment SET rules = ?::jsonb, updated_at = now()
        WHERE id = ? AND deleted_at IS NULL`,
      [JSON.stringify(rules), segmentId]
    )
  }

  /** A page of a segment's memberships, newest first (see `listSegmentMembersPage`). */
  @InjectManager()
  async listSegmentMembersPage(
    segmentId: string,
    filter: SegmentMembersFilter,
    position: SegmentMembersPosition,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SegmentMemberRow[]> {
    return await listSegmentMembersPage(managerOf(sharedContext), segmentId, filter, position)
  }

  /** How many memberships match; null for an unknown segment. */
  @InjectManager()
  async countSegmentMembers(
    segmentId: string,
    filter: SegmentMembersFilter,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number | null> {
    return await countSegmentMembers(managerOf(sharedContext), segmentId, filter)
  }

  /** Segments never refreshed, or not within the configured interval. */
  @InjectManager()
  async listSegmentsDueForRefresh(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string }[]> {
    return await managerOf(sharedContext).execute(
      `SELECT id FROM customer_segment
        WHERE deleted_at IS NULL
          AND (last_refreshed_at IS NULL
               OR last_refreshed_at <= ?::timestamptz - make_interval(mins => ?::int))
        ORDER BY last_refreshed_at NULLS FIRST, id`,
      [now, this.segmentSettings_.refresh_interval_minutes]
    )
  }

  // ---- Loyalty ledger ------------------------------------------------------
  // Every method below runs in one transaction and locks the account rows it
  // changes, so the kept balances always agree with the ledger.

  @InjectTransactionManager()
  async ensureLoyaltyAccount(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ account_id: string; created: boolean }> {
    return await ensureAccountForCustomer(managerOf(sharedContext), customerId)
  }

  @InjectTransactionManager()
  async creditPoints(
    input: CreditInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PostedEntry> {
    return await credit(managerOf(sharedContext), input)
  }

  @InjectTransactionManager()
  async debitPoints(
    input: DebitInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PostedEntry> {
    return await debit(managerOf(sharedContext), input)
  }

  @InjectTransactionManager()
  async reverseEarnedPoints(
    input: ReverseEarnedInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PostedEntry> {
    return await reverseEarned(managerOf(sharedContext), input)
  }

  @InjectTransactionManager()
  async rollbackLoyaltyEntry(
    entryId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await rollbackEntry(managerOf(sharedContext), entryId)
  }

  @InjectTransactionManager()
  async releasePendingPoints(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReleasedLot[]> {
    return await releasePending(managerOf(sharedContext), now)
  }

  @InjectTransactionManager()
  async expirePoints(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ExpiredLot[]> {
    return await expireLots(managerOf(sharedContext), now)
  }

  @InjectTransactionManager()
  async closeLoyaltyAccount(
    input: CloseAccountInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PostedEntry> {
    return await closeAccount(managerOf(sharedContext), input)
  }

  @InjectTransactionManager()
  async reopenLoyaltyAccount(
    input: { account_id: string; close_entry_id: string; member_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await reopenAccount(
      managerOf(sharedContext),
      input.account_id,
      input.close_entry_id,
      input.member_ids
    )
  }

  @InjectTransactionManager()
  async mergeLoyaltyAccounts(
    input: MergeAccountsInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await mergeAccounts(managerOf(sharedContext), input)
  }

  @InjectTransactionManager()
  async unmergeLoyaltyAccounts(
    input: Parameters<typeof unmergeAccounts>[1],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await unmergeAccounts(managerOf(sharedContext), input)
  }

  /** Sets or clears a membership's identifier; returns the previous one. */
  @InjectTransactionManager()
  async setLoyaltyAccountIdentifier(
    input: { account_id: string; identifier: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: string | null }> {
    return await setAccountIdentifier(managerOf(sharedContext), input.account_id, input.identifier)
  }

  @InjectTransactionManager()
  async removeLoyaltyAccountMember(
    input: RemoveAccountMemberInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RemovedAccountMember> {
    return await removeAccountMember(managerOf(sharedContext), input)
  }

  @InjectTransactionManager()
  async restoreLoyaltyAccountMember(
    removed: RemovedAccountMember,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await undoRemoveAccountMember(managerOf(sharedContext), removed)
  }

  @InjectTransactionManager()
  async restorePendingPoints(
    lots: ReleasedLot[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await restorePending(managerOf(sharedContext), lots)
  }

  /**
   * The memberships of `ids` (in no particular order) and every tier, lowest
   * rank first, as a membership card presents them.
   */
  @InjectManager()
  async listLoyaltyAccountsAndTiers(
    ids: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ accounts: LoyaltyAccountRow[]; tiers: LoyaltyTierRow[] }> {
    return await accountsAndTiers(managerOf(sharedContext), ids)
  }

  /**
   * The membership staff see on a customer's card: the one they are in, or
   * else the last closed one they were in; null when there is neither.
   */
  @InjectManager()
  async findStaffLoyaltyAccountId(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string | null> {
    return await staffAccountIdOfCustomer(managerOf(sharedContext), customerId)
  }

  /** Each account's points on the rolling 12-month basis (none: left out). */
  @InjectManager()
  async sumRollingPoints(
    accountIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ account_id: string; points: number }[]> {
    return await rollingPoints(managerOf(sharedContext), accountIds)
  }

  /** Which tier group each customer in scope should be in. */
  @InjectManager()
  async planTierGroups(
    scope: TierGroupScope,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TierGroupPlan> {
    return await planTierGroups(managerOf(sharedContext), scope)
  }

  /** Puts accounts (all when `accountIds` is null) on the tier they reach. */
  @InjectTransactionManager()
  async recomputeLoyaltyTiers(
    accountIds: string[] | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TierChange[]> {
    return await recomputeTiers(managerOf(sharedContext), accountIds)
  }

  @InjectTransactionManager()
  async revertTierChanges(
    changes: TierChange[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await restoreTiers(managerOf(sharedContext), changes)
  }

  /**
   * The program settings: one row, made by the module's migration (a unique
   * index keeps it single). Reading never writes; without the row, the
   * defaults.
   */
  @InjectManager()
  async retrieveProgramSettings(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltySettingsDTO> {
    const [settings] = await this.listLoyaltySettings({}, { take: 1 }, sharedContext)
    return (settings ?? { id: null, ...DEFAULT_LOYALTY_SETTINGS }) as LoyaltySettingsDTO
  }

  @InjectTransactionManager()
  async updateProgramSettings(
    data: Partial<Omit<LoyaltySettingsDTO, "id">>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltySettingsDTO> {
    const [current] = await this.listLoyaltySettings({}, { take: 1 }, sharedContext)
    if (!current) {
      return (await this.createLoyaltySettings(
        { ...DEFAULT_LOYALTY_SETTINGS, ...data },
        sharedContext
      )) as LoyaltySettingsDTO
    }
    return (await this.updateLoyaltySettings(
      { id: current.id, ...data },
      sharedContext
    )) as LoyaltySettingsDTO
  }

  @InjectManager()
  async computeLedgerBalances(
    accountId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LedgerBalances> {
    return await ledgerBalances(managerOf(sharedContext), accountId)
  }

  /**
   * Count and point totals of the ledger entries in a date range, of given
   * types and statuses, from the per-day summary (not by reading entries).
   */
  @InjectManager()
  async sumLoyaltyEntries(
    filters: EntrySummaryFilters,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<EntryTotals> {
    return await sumEntries(managerOf(sharedContext), filters)
  }

  /** Points per ISO week and type, from the per-day summary. */
  @InjectManager()
  async sumLoyaltyEntriesByWeek(
    input: { from: Date; to: Date; type?: string[]; status?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<WeeklyEntrySums[]> {
    return await weeklyEntrySums(managerOf(sharedContext), input)
  }

  /** Moves the per-day summary's logged changes into its days (a job runs it). */
  @InjectTransactionManager()
  async foldLoyaltyEntrySummary(@MedusaContext() sharedContext: Context = {}): Promise<number> {
    return await foldEntrySummaryChanges(managerOf(sharedContext))
  }

  /** Builds the per-day summary again from the ledger; returns its rows. */
  @InjectTransactionManager()
  async rebuildLoyaltyEntrySummary(@MedusaContext() sharedContext: Context = {}): Promise<number> {
    return await rebuildEntrySummary(managerOf(sharedContext))
  }

  /** Where the per-day summary and the ledger disagree (empty when right). */
  @InjectManager()
  async diffLoyaltyEntrySummary(@MedusaContext() sharedContext: Context = {}) {
    return await entrySummaryDifferences(managerOf(sharedContext))
  }

  // ---- Benefits ------------------------------------------------------------

  /** The benefits a customer holds now (flags and tier; active, within dates). */
  @InjectManager()
  async listHeldBenefits(
    customerId: string,
    kinds: BenefitKind[],
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await heldBenefits(managerOf(sharedContext), customerId, now, kinds)
  }

  /** Usage counted against benefits (placed orders, carts being completed). */
  @InjectManager()
  async listCountedBenefitUsage(
    customerId: string,
    benefitIds: string[],
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BenefitUse[]> {
    return await countedUsage(managerOf(sharedContext), customerId, benefitIds, now)
  }

  /** Checks a purchase against sale starts and benefit limits, writing nothing. */
  @InjectManager()
  async checkBenefitPurchase(
    input: CheckPurchaseInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BenefitPlan> {
    return await checkPurchase(managerOf(sharedContext), input)
  }

  /**
   * Checks a cart being completed and reserves what it uses, serialised per
   * customer; nothing is reserved when something is refused.
   */
  @InjectTransactionManager()
  async reserveCartBenefits(
    input: CheckPurchaseInput & { cart_id: string; currency_code: string; lines: CartLine[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BenefitPlan> {
    return await reserveForCart(managerOf(sharedContext), input)
  }

  /** The member prices a customer's discount benefits give a cart now, writing nothing. */
  @InjectManager()
  async planCartDiscounts(
    input: CartDiscountsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CartDiscounts> {
    return await planCartDiscounts(managerOf(sharedContext), input)
  }

  @InjectTransactionManager()
  async releaseCartBenefits(cartId: string, @MedusaContext() sharedContext: Context = {}) {
    await releaseCart(managerOf(sharedContext), cartId)
  }

  /** Records what a placed order used, once per order. */
  @InjectTransactionManager()
  async recordOrderBenefitUsage(
    input: RecordOrderInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await recordOrder(managerOf(sharedContext), input)
  }

  /** Gives back a cancelled order's usage; returns the rows released. */
  @InjectTransactionManager()
  async releaseOrderBenefitUsage(
    orderId: string,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await releaseOrder(managerOf(sharedContext), orderId, now)
  }

  @InjectTransactionManager()
  async restoreReleasedBenefitUsage(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    await unreleaseUsage(managerOf(sharedContext), ids)
  }

  /** The early-access benefits on a product, with their flag's or tier's name. */
  @InjectManager()
  async listProductEarlyAccess(productId: string, @MedusaContext() sharedContext: Context = {}) {
    return await earlyAccessForProduct(managerOf(sharedContext), productId)
  }

  // ---- Messages the merchant writes -------------------------------------------

  /** Saves (or, with null subject and body, removes) messages; returns what they were. */
  @InjectTransactionManager()
  async writeLoyaltyMessages(
    messages: LoyaltyMessageWrite[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoyaltyMessageWrite[]> {
    return await writeMessages(managerOf(sharedContext), messages)
  }

  // ---- Privacy: forgetting a deleted customer ---------------------------------
  // Each method returns what it removed, so a failing workflow can put it back.

  /** What forgetting the customers will change; writes nothing. */
  @InjectManager()
  async planCustomerForgetting(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ForgettingPlan> {
    return await planForgetting(managerOf(sharedContext), customerIds)
  }

  @InjectTransactionManager()
  async forgetCustomerFlagAssignments(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ForgottenRows> {
    return await forgetFlagAssignments(managerOf(sharedContext), customerIds)
  }

  @InjectTransactionManager()
  async forgetCustomerSegmentMemberships(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ForgottenRows> {
    return await forgetSegmentMemberships(managerOf(sharedContext), customerIds)
  }

  @InjectTransactionManager()
  async detachCustomerBenefitUsage(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ForgottenRows> {
    return await detachBenefitUsage(managerOf(sharedContext), customerIds)
  }

  @InjectTransactionManager()
  async anonymiseCustomerLoyaltyLedger(
    input: { customer_ids: string[]; own_account_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ForgottenRows> {
    return await anonymiseLoyaltyLedger(managerOf(sharedContext), input)
  }

  @InjectTransactionManager()
  async removeCustomerLoyaltyMembers(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ForgottenRows> {
    return await removeLoyaltyMembers(managerOf(sharedContext), customerIds)
  }

  @InjectTransactionManager()
  async restoreForgottenCustomerRows(
    forgotten: ForgottenRows,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await restoreForgottenRows(managerOf(sharedContext), forgotten)
  }
}

export default CustomerLoyaltyModuleService
