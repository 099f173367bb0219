import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { MedusaContainer } from "@medusajs/framework/types"
import {
  addLoyaltyAccountMemberWorkflow,
  adjustPointsWorkflow,
  closeLoyaltyAccountWorkflow,
} from "../../../src/workflows/loyalty"
import { accountOfCustomer, createCustomer, expectLedgerInAgreement, loyaltyOf } from "./fixtures"

const DAY = 24 * 60 * 60 * 1000

export function householdsTests({ getContainer }: MedusaSuiteOptions) {
  let container: MedusaContainer

  const give = (customerId: string, points: number, key: string) =>
    adjustPointsWorkflow(container).run({
      input: { customer_id: customerId, points, description: "Gift", idempotency_key: key },
    })

  beforeEach(() => {
    container = getContainer()
  })

  afterEach(async () => {
    await expectLedgerInAgreement(container)
  })

  it("moves a child's points, pending ones too, into the parent's membership", async () => {
    const parent = await createCustomer(container, "parent@example.com")
    const child = await createCustomer(container, "child@example.com")
    await give(parent.id, 300, "p1")
    await give(child.id, 120, "c1")
    const childAccount = await accountOfCustomer(container, child.id)
    await loyaltyOf(container).creditPoints({
      account_id: childAccount!.id,
      customer_id: child.id,
      type: "earn",
      points: 40,
      available_at: new Date(Date.now() + 5 * DAY),
      source: "order",
      source_id: "order_child",
      idempotency_key: "order:order_child:earn",
    })
    const parentAccount = await accountOfCustomer(container, parent.id)

    const { result } = await addLoyaltyAccountMemberWorkflow(container).run({
      input: { account_id: parentAccount!.id, customer_id: child.id },
    })
    expect(result.moved_points).toBe(true)

    const merged = await loyaltyOf(container).retrieveLoyaltyAccount(parentAccount!.id, {
      relations: ["members"],
    })
    expect(merged).toEqual(
      expect.objectContaining({ points_available: 420, points_pending: 40, points_lifetime: 420 })
    )
    expect(merged.members.map((m) => m.customer_id).sort()).toEqual([parent.id, child.id].sort())
    const old = await loyaltyOf(container).retrieveLoyaltyAccount(childAccount!.id)
    expect(old).toEqual(
      expect.objectContaining({ status: "closed", points_available: 0, points_pending: 0 })
    )

    // The child now earns into the parent's membership.
    await give(child.id, 10, "c2")
    expect((await accountOfCustomer(container, parent.id))!.points_available).toBe(430)
  })

  it("adds a customer without a membership as a plain member", async () => {
    const parent = await createCustomer(container, "mum@example.com")
    const newcomer = await createCustomer(container, "kid@example.com")
    await give(parent.id, 50, "m1")
    const account = await accountOfCustomer(container, parent.id)
    const { result } = await addLoyaltyAccountMemberWorkflow(container).run({
      input: { account_id: account!.id, customer_id: newcomer.id },
    })
    expect(result.moved_points).toBe(false)
    expect((await accountOfCustomer(container, newcomer.id))!.id).toBe(account!.id)
  })

  it("refuses to split a shared membership", async () => {
    const a = await createCustomer(container, "a@example.com")
    const b = await createCustomer(container, "b@example.com")
    const c = await createCustomer(container, "c@example.com")
    await give(a.id, 10, "a1")
    await give(c.id, 10, "c1")
    const shared = await accountOfCustomer(container, a.id)
    await addLoyaltyAccountMemberWorkflow(container).run({
      input: { account_id: shared!.id, customer_id: b.id },
    })
    const other = await accountOfCustomer(container, c.id)
    await expect(
      addLoyaltyAccountMemberWorkflow(container).run({
        input: { account_id: other!.id, customer_id: b.id },
      })
    ).rejects.toMatchObject({ message: expect.stringContaining("shares membership") })
  })

  it("closes a membership: points to zero, history kept, members free to start again", async () => {
    const customer = await createCustomer(container, "leaver@example.com")
    await give(customer.id, 250, "l1")
    const account = await accountOfCustomer(container, customer.id)

    await closeLoyaltyAccountWorkflow(container).run({
      input: { account_id: account!.id, reason: "Asked to leave the program" },
    })
    const closed = await loyaltyOf(container).retrieveLoyaltyAccount(account!.id)
    expect(closed).toEqual(
      expect.objectContaining({
        status: "closed",
        points_available: 0,
        close_reason: "Asked to leave the program",
        tier_id: null,
      })
    )
    const entries = await loyaltyOf(container).listLoyaltyEntries(
      { account_id: account!.id },
      { order: { created_at: "ASC" } }
    )
    expect(entries.map((e) => [e.type, e.points])).toEqual([
      ["adjust", 250],
      ["close", -250],
    ])

    // A later credit starts a new membership.
    await give(customer.id, 5, "l2")
    const fresh = await accountOfCustomer(container, customer.id)
    expect(fresh!.id).not.toBe(account!.id)
    expect(fresh!.points_available).toBe(5)
  })
}
