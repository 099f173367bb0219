import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import {
  removeLoyaltyAccountMemberWorkflow,
  setLoyaltyAccountIdentifierWorkflow,
} from "../../../src/workflows/loyalty"
import {
  AdminLoyaltyAccount,
  AdminLoyaltyEntry,
  AdminLoyaltyEntryList,
  balancesOf,
  expectErrors,
  loyaltyService,
} from "./helpers"

export function membershipIdentifierAndHouseholdsTests({ api, getContainer }: MedusaSuiteOptions) {
  let admin: { headers: Record<string, string>; user: { id: string } }

  const createCustomer = (email: string, first_name: string, last_name: string) =>
    getContainer().resolve(Modules.CUSTOMER).createCustomers({ email, first_name, last_name })

  /** A customer with a membership of their own holding `points`. */
  const member = async (email: string, first: string, last: string, points = 10) => {
    const customer = await createCustomer(email, first, last)
    const { data } = await api.post(
      `/admin/customers/${customer.id}/loyalty/adjustments`,
      { points, description: "Welcome" },
      admin
    )
    return { customer, account: data.loyalty_account }
  }

  const setIdentifier = (accountId: string, identifier: unknown) =>
    api.post(`/admin/loyalty/accounts/${accountId}`, { identifier }, admin)

  const addMember = (accountId: string, customerId: string) =>
    api.post(`/admin/loyalty/accounts/${accountId}/members`, { customer_id: customerId }, admin)

  const removeMember = (accountId: string, customerId: string) =>
    api.delete(`/admin/loyalty/accounts/${accountId}/members/${customerId}`, admin)

  const settle = <T>(request: Promise<{ status: number; data: T }>) =>
    request.then(
      (response) => ({ status: response.status as number, data: response.data }),
      (error) => ({ status: error.response?.status as number, data: error.response?.data as T })
    )

  /** Every kept balance equals its ledger; every customer is in at most one membership, an active one. */
  const expectMembershipsInAgreement = async () => {
    const knex = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const accounts = await loyaltyService(getContainer()).listLoyaltyAccounts({})
    for (const account of accounts) {
      const balances = await balancesOf(getContainer(), account.id)
      expect({ id: account.id, ...balances.kept }).toEqual({ id: account.id, ...balances.ledger })
    }
    const { rows: doubled } = await knex.raw(
      `SELECT customer_id FROM loyalty_account_member
        WHERE deleted_at IS NULL GROUP BY customer_id HAVING count(*) > 1`
    )
    expect(doubled).toEqual([])
    const { rows: inClosed } = await knex.raw(
      `SELECT m.customer_id FROM loyalty_account_member m
         JOIN loyalty_account a ON a.id = m.account_id
        WHERE m.deleted_at IS NULL AND a.status <> 'active'`
    )
    expect(inClosed).toEqual([])
    const { rows: empty } = await knex.raw(
      `SELECT a.id FROM loyalty_account a
        WHERE a.status = 'active' AND a.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM loyalty_account_member m
                           WHERE m.account_id = a.id AND m.deleted_at IS NULL)`
    )
    expect(empty).toEqual([])
  }

  beforeEach(async () => {
    admin = await createAdminUser(getContainer())
  })

  describe("POST /admin/loyalty/accounts/:id (member identifier)", () => {
    it("sets, trims, shows, finds exactly and clears a membership's identifier", async () => {
      const { customer, account } = await member("ida@example.com", "Ida", "Kort", 40)
      const other = await member("olle@example.com", "Olle", "Kort", 5)

      const set = await setIdentifier(account.id, "  CARD-0042  ")
      expect(set.status).toBe(200)
      expect(set.data.loyalty_account).toEqual(
        expect.objectContaining({ id: account.id, identifier: "CARD-0042", status: "active" })
      )
      // The same identifier again is no change, not a conflict.
      expect((await setIdentifier(account.id, "CARD-0042")).status).toBe(200)

      const card = (await api.get(`/admin/customers/${customer.id}/loyalty`, admin)).data
      expect(card.loyalty_account.identifier).toBe("CARD-0042")
      expect(
        (await api.get(`/admin/loyalty/accounts/${account.id}`, admin)).data.loyalty_account
          .identifier
      ).toBe("CARD-0042")
      // A membership without one says so.
      expect(other.account.identifier).toBeNull()

      // Exact: the whole identifier finds it, a part of it does not.
      const accounts = async (q: string) =>
        (
          await api.get(`/admin/loyalty/accounts?q=${encodeURIComponent(q)}`, admin)
        ).data.loyalty_accounts.map((a: AdminLoyaltyAccount) => a.id)
      expect(await accounts("CARD-0042")).toEqual([account.id])
      expect(await accounts("CARD-004")).toEqual([])
      const report = async (q: string): Promise<AdminLoyaltyEntry[]> =>
        (await api.get(`/admin/loyalty/entries?q=${encodeURIComponent(q)}`, admin)).data.entries
      const found = await report("CARD-0042")
      expect(found.map((e) => e.customer_id)).toEqual([customer.id])
      expect(found[0]).toEqual(
        expect.objectContaining({ points: 40, member_number: account.member_number })
      )
      expect(await report("CARD-004")).toEqual([])

      const cleared = await setIdentifier(account.id, null)
      expect(cleared.data.loyalty_account.identifier).toBeNull()
      expect(await accounts("CARD-0042")).toEqual([])
      // Freed: another membership may take it now.
      expect((await setIdentifier(other.account.id, "CARD-0042")).status).toBe(200)
    })

    it("answers 409 when another membership has the identifier, 404 and 400 and 401", async () => {
      const first = await member("a1@example.com", "A", "Ett")
      const second = await member("a2@example.com", "A", "Två")
      await setIdentifier(first.account.id, "7350012345678")
      await expectError(
        setIdentifier(second.account.id, "7350012345678"),
        409,
        /already has the identifier 7350012345678/
      )
      expect(
        (await api.get(`/admin/loyalty/accounts/${second.account.id}`, admin)).data.loyalty_account
          .identifier
      ).toBeNull()
      // Another membership's member number would make the searches find both.
      await expectError(
        setIdentifier(second.account.id, first.account.member_number),
        409,
        /is the member number of another membership/
      )
      // Its own member number is its own.
      expect((await setIdentifier(second.account.id, second.account.member_number)).status).toBe(
        200
      )

      await expectError(setIdentifier("lacc_missing", "X1"), 404, /lacc_missing/)
      await expectError(api.get("/admin/loyalty/accounts/lacc_missing", admin), 404, /lacc_missing/)
      const path = `/admin/loyalty/accounts/${second.account.id}`
      await expectErrors(
        (
          [
            ["no body field", {}],
            ["empty", { identifier: "" }],
            ["blank", { identifier: "   " }],
            ["too long", { identifier: "9".repeat(65) }],
            ["huge", { identifier: "9".repeat(100_000) }],
            ["inner space", { identifier: "CARD 1" }],
            ["emoji", { identifier: "CARD🎟" }],
            ["percent", { identifier: "50%" }],
            ["a number", { identifier: 1e308 }],
            ["a negative number", { identifier: -1 }],
            ["an object", { identifier: { value: "x" } }],
            ["an array", { identifier: ["x"] }],
            ["NUL", { identifier: "A\u0000B" }],
          ] as [string, Record<string, unknown>][]
        ).map(([label, body]) => [label, () => api.post(path, body, admin), /identifier/])
      )
      await expectErrors([
        [
          "unknown field",
          () => api.post(path, { identifier: "X2", status: "closed" }, admin),
          /status/,
        ],
      ])
      expect((await setIdentifier(second.account.id, "9".repeat(64))).status).toBe(200)
      await expectError(api.post(path, { identifier: "X3" }), 401, /Unauthorized/)
    })

    it("gives one identifier to exactly one of 20 memberships asking at once", async () => {
      const accounts = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          member(`race${i}@example.com`, "Race", `N${i}`).then((m) => m.account)
        )
      )
      const answers = await Promise.all(
        accounts.map((account) => settle(setIdentifier(account.id, "SAME-CARD")))
      )
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
      expect(answers.filter((a) => a.status === 409)).toHaveLength(19)
      const holders = await loyaltyService(getContainer()).listLoyaltyAccounts({
        identifier: "SAME-CARD",
      })
      expect(holders).toHaveLength(1)
      expect(holders[0].id).toBe(accounts[answers.findIndex((a) => a.status === 200)].id)

      // The same identifier set 20 times at once on one membership: all succeed.
      const again = await Promise.all(
        Array.from({ length: 20 }, () => settle(setIdentifier(holders[0].id, "SAME-CARD")))
      )
      expect(again.map((a) => a.status)).toEqual(Array(20).fill(200))
    })

    it("puts the previous identifier back when a later step fails", async () => {
      const { account } = await member("undo@example.com", "Un", "Do")
      await setIdentifier(account.id, "OLD-1")
      const failing = createStep("identifier-test-fail-after-set", async () => {
        throw new Error("Something after the identifier failed")
      })
      const workflow = createWorkflow(
        "identifier-test-set-then-fail",
        (input: { account_id: string; identifier: string | null }) => {
          const set = setLoyaltyAccountIdentifierWorkflow.runAsStep({ input })
          failing()
          return new WorkflowResponse(set)
        }
      )
      const { errors } = await workflow(getContainer()).run({
        input: { account_id: account.id, identifier: "NEW-2" },
        throwOnError: false,
      })
      expect(errors[0]?.error?.message).toMatch(/Something after the identifier failed/)
      const [after] = await loyaltyService(getContainer()).listLoyaltyAccounts({ id: account.id })
      expect(after.identifier).toBe("OLD-1")
    })
  })

  describe("DELETE /admin/loyalty/accounts/:id/members/:customer_id", () => {
    it("moves the member into a new empty membership; the pooled points and the history stay", async () => {
      const parent = await member("mor@example.com", "Mor", "Falk", 300)
      const child = await member("barn@example.com", "Barn", "Falk", 120)
      const third = await member("far@example.com", "Far", "Falk", 80)
      await addMember(parent.account.id, child.customer.id)
      await addMember(parent.account.id, third.customer.id)

      const { status, data } = await removeMember(parent.account.id, child.customer.id)
      expect(status).toBe(200)
      expect(data.loyalty_account).toEqual(
        expect.objectContaining({
          id: parent.account.id,
          status: "active",
          balance: { available: 500, pending: 0, lifetime: 500 },
        })
      )
      expect(
        (data.loyalty_account as AdminLoyaltyAccount).members.map((m) => m.customer_id)
      ).toEqual([parent.customer.id, third.customer.id])
      expect(data.new_loyalty_account).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^lacc_/),
          member_number: expect.stringMatching(/^\d{10}$/),
          status: "active",
          balance: { available: 0, pending: 0, lifetime: 0 },
          identifier: null,
          members: [expect.objectContaining({ customer_id: child.customer.id })],
        })
      )
      expect(data.new_loyalty_account.id).not.toBe(parent.account.id)

      // The card of the one who left shows the new membership; new points go there.
      const childCard = (await api.get(`/admin/customers/${child.customer.id}/loyalty`, admin)).data
      expect(childCard.loyalty_account.id).toBe(data.new_loyalty_account.id)
      await api.post(
        `/admin/customers/${child.customer.id}/loyalty/adjustments`,
        { points: 7, description: "After leaving" },
        admin
      )
      const parentCard = (await api.get(`/admin/customers/${parent.customer.id}/loyalty`, admin))
        .data
      expect(parentCard.loyalty_account.balance.available).toBe(500)

      // Both histories say who left, when and by whose hand.
      const oldHistory = (
        await api.get(`/admin/customers/${parent.customer.id}/loyalty/entries`, admin)
      ).data
      expect(oldHistory.entries[0]).toEqual(
        expect.objectContaining({
          type: "transfer",
          points: 0,
          customer_id: child.customer.id,
          actor: admin.user.id,
          description: expect.stringMatching(/Left the membership/),
          created_at: expect.any(String),
        })
      )
      const newHistory: AdminLoyaltyEntryList = (
        await api.get(`/admin/customers/${child.customer.id}/loyalty/entries`, admin)
      ).data
      expect(newHistory.entries.map((e) => [e.type, e.points])).toEqual([
        ["adjust", 7],
        ["transfer", 0],
      ])
      expect(newHistory.entries[1].description).toContain(parent.account.member_number)
      const report: AdminLoyaltyEntryList = (
        await api.get(
          `/admin/loyalty/entries?type=transfer&customer_id=${child.customer.id}`,
          admin
        )
      ).data
      expect(report.entries.filter((e) => e.points === 0)).toHaveLength(2)

      // They can join again, bringing their new points along.
      const back = await addMember(parent.account.id, child.customer.id)
      expect(back.data.loyalty_account.balance.available).toBe(507)
      await expectMembershipsInAgreement()
    })

    it("answers 404 for an unknown membership or a customer who is not a member, 409 for the last member, 401", async () => {
      const parent = await member("p@example.com", "P", "Hem", 50)
      const child = await member("c@example.com", "C", "Hem", 20)
      const stranger = await member("s@example.com", "S", "Bort", 20)
      await addMember(parent.account.id, child.customer.id)

      await expectErrors(
        [
          [
            "unknown membership",
            () => removeMember("lacc_missing", child.customer.id),
            /lacc_missing/,
          ],
          [
            "unknown customer",
            () => removeMember(parent.account.id, "cus_missing"),
            /cus_missing is not a member/,
          ],
          [
            "member elsewhere",
            () => removeMember(parent.account.id, stranger.customer.id),
            /is not a member/,
          ],
        ],
        404
      )
      await removeMember(parent.account.id, child.customer.id)
      await expectError(
        removeMember(parent.account.id, parent.customer.id),
        409,
        /only member .* close the membership instead/
      )
      await expectError(removeMember(stranger.account.id, stranger.customer.id), 409, /only member/)
      // A closed membership has no members left to remove.
      await api.post(
        `/admin/loyalty/accounts/${stranger.account.id}/close`,
        { reason: "Moved" },
        admin
      )
      await expectError(
        removeMember(stranger.account.id, stranger.customer.id),
        404,
        /not a member/
      )
      await expectError(
        api.delete(`/admin/loyalty/accounts/${parent.account.id}/members/${parent.customer.id}`),
        401,
        /Unauthorized/
      )
      await expectMembershipsInAgreement()
    })

    it("removes once when asked twice at once, and stays whole when removed and added at once", async () => {
      const parent = await member("twice@example.com", "Two", "Ce", 100)
      const child = await member("twice-kid@example.com", "Kid", "Ce", 30)
      const third = await member("twice-3@example.com", "Tre", "Ce", 30)
      await addMember(parent.account.id, child.customer.id)
      await addMember(parent.account.id, third.customer.id)

      const twice = await Promise.all(
        Array.from({ length: 20 }, () => settle(removeMember(parent.account.id, child.customer.id)))
      )
      expect(twice.filter((a) => a.status === 200)).toHaveLength(1)
      expect(twice.filter((a) => a.status === 404)).toHaveLength(19)
      await expectMembershipsInAgreement()

      // Both remaining members at once: one goes, the last one stays.
      const both = await Promise.all([
        settle(removeMember(parent.account.id, parent.customer.id)),
        settle(removeMember(parent.account.id, third.customer.id)),
      ])
      expect(both.map((a) => a.status).sort()).toEqual([200, 409])
      await expectMembershipsInAgreement()

      // Remove and add the same member at once, a few times over: whatever
      // order they run in, each customer ends in exactly one active membership.
      const household = await member("race-home@example.com", "Hem", "Race", 60)
      const kid = await member("race-kid@example.com", "Barn", "Race", 15)
      await addMember(household.account.id, kid.customer.id)
      for (let round = 0; round < 3; round++) {
        const answers = await Promise.all([
          settle(removeMember(household.account.id, kid.customer.id)),
          settle(addMember(household.account.id, kid.customer.id)),
        ])
        for (const answer of answers) {
          expect([200, 404, 409]).toContain(answer.status)
        }
        await expectMembershipsInAgreement()
      }
      const kidCard = (await api.get(`/admin/customers/${kid.customer.id}/loyalty`, admin)).data
      expect(kidCard.loyalty_account.status).toBe("active")
    })

    it("puts the member back and drops the new membership when a later step fails", async () => {
      const parent = await member("undo-p@example.com", "Undo", "P", 90)
      const child = await member("undo-c@example.com", "Undo", "C", 10)
      await addMember(parent.account.id, child.customer.id)
      const knex = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      const [{ count: accountsBefore }] = await knex("loyalty_account").count({ count: "*" })

      const failing = createStep("household-test-fail-after-remove", async () => {
        throw new Error("Something after the removal failed")
      })
      const workflow = createWorkflow(
        "household-test-remove-then-fail",
        (input: { account_id: string; customer_id: string }) => {
          const removed = removeLoyaltyAccountMemberWorkflow.runAsStep({ input })
          failing()
          return new WorkflowResponse(removed)
        }
      )
      const { errors } = await workflow(getContainer()).run({
        input: { account_id: parent.account.id, customer_id: child.customer.id },
        throwOnError: false,
      })
      expect(errors[0]?.error?.message).toMatch(/Something after the removal failed/)

      const card = (await api.get(`/admin/customers/${child.customer.id}/loyalty`, admin)).data
      expect(card.loyalty_account.id).toBe(parent.account.id)
      expect(card.loyalty_account.members).toHaveLength(2)
      const [{ count: accountsAfter }] = await knex("loyalty_account").count({ count: "*" })
      expect(accountsAfter).toEqual(accountsBefore)
      const history: AdminLoyaltyEntryList = (
        await api.get(`/admin/customers/${parent.customer.id}/loyalty/entries`, admin)
      ).data
      expect(history.entries.filter((e) => e.points === 0)).toEqual([])
      await expectMembershipsInAgreement()
    })
  })

  describe("a closed membership on the customer card", () => {
    it("shows the last closed membership as closed, with its history, until a new one starts", async () => {
      const { customer, account } = await member("closed@example.com", "Stängd", "Kund", 250)
      await api.post(
        `/admin/loyalty/accounts/${account.id}/close`,
        { reason: "Asked to leave" },
        admin
      )

      const card = (await api.get(`/admin/customers/${customer.id}/loyalty`, admin)).data
      expect(card.loyalty_account).toEqual(
        expect.objectContaining({
          id: account.id,
          status: "closed",
          close_reason: "Asked to leave",
          closed_at: expect.any(String),
          balance: { available: 0, pending: 0, lifetime: 250 },
          members: [],
        })
      )
      const history: AdminLoyaltyEntryList = (
        await api.get(`/admin/customers/${customer.id}/loyalty/entries`, admin)
      ).data
      expect(history.entries.map((e) => [e.type, e.points])).toEqual([
        ["close", -250],
        ["adjust", 250],
      ])
      // A new credit starts a new membership, which the card then shows.
      await api.post(
        `/admin/customers/${customer.id}/loyalty/adjustments`,
        { points: 5, description: "Welcome back" },
        admin
      )
      const fresh = (await api.get(`/admin/customers/${customer.id}/loyalty`, admin)).data
      expect(fresh.loyalty_account).toEqual(
        expect.objectContaining({
          status: "active",
          balance: expect.objectContaining({ available: 5 }),
        })
      )
      expect(fresh.loyalty_account.id).not.toBe(account.id)
    })
  })
}
