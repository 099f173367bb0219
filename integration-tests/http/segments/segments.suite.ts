import { TestEventUtils } from "@medusajs/test-utils"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import refreshSegmentsJob from "../../../src/jobs/refresh-segments"
import { refreshSegmentWorkflow } from "../../../src/workflows/segments"
import { createAdminUser } from "../../helpers/auth"
import { answerOf, expectError } from "../../helpers/expect-error"
import { rebuildOrderFacts } from "../../helpers/order-facts"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { createOrder, loyaltyOf } from "../loyalty-ledger/fixtures"
import { createSegmentWorld, SegmentWorld } from "./fixtures"

const bigSpenders = {
  all: [
    { field: "total_spent", op: "gte", value: 1000, currency_code: "sek", window: { days: 365 } },
  ],
}

/** A member of `GET /admin/segments/:id/members`: the fields this suite reads. */
type SegmentMember = {
  email: string
  membership_id: string
  entered_at: string
  left_at: string | null
}

/** `GET /admin/segments/:id/members`. */
type SegmentMemberPage = { customers: SegmentMember[]; count: number; next_cursor: string | null }

export function segmentsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string>; user: { id: string } }
  let container: MedusaContainer
  let world: SegmentWorld

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    world = await createSegmentWorld(container, api, admin)
  })

  const createSegment = async (body: Record<string, unknown> = {}) =>
    (
      await api.post(
        "/admin/segments",
        { name: "Big spenders", rules: bigSpenders, ...body },
        admin
      )
    ).data.segment
  const refresh = async (id: string) =>
    (
      await api.post(`/admin/segments/${id}/refresh`, {}, admin).catch((e: unknown) => {
        throw new Error(JSON.stringify(answerOf(e)?.data))
      })
    ).data
  const memberEmails = async (id: string, query = "") =>
    (await api.get(`/admin/segments/${id}/members${query}`, admin)).data.customers
      .map((c: { email: string }) => c.email)
      .sort()

  describe("validation", () => {
    it("names the path of a bad operator", async () => {
      await expectError(
        api.post(
          "/admin/segments/preview",
          {
            rules: {
              all: [
                { field: "email_domain", op: "eq", value: "a.se" },
                { any: [{ field: "tier", op: "gte", value: 3 }] },
              ],
            },
          },
          admin
        ),
        400,
        /rules\.all\[1\]\.any\[0\]\.op.*in, not_in/
      )
    })

    it("refuses unknown fields, missing currencies, misplaced windows and bad values", async () => {
      const rulesError = (condition: Record<string, unknown>, message: RegExp) =>
        expectError(
          api.post("/admin/segments", { name: "X", rules: { all: [condition] } }, admin),
          400,
          message
        )
      await rulesError({ field: "shoe_size", op: "eq", value: 42 }, /rules\.all\[0\]\.field/)
      await rulesError(
        { field: "total_spent", op: "gte", value: 5 },
        /rules\.all\[0\]\.currency_code.*required/
      )
      await rulesError(
        { field: "has_account", op: "eq", value: true, window: { days: 3 } },
        /rules\.all\[0\]\.window/
      )
      await rulesError(
        { field: "order_count", op: "gte", value: 1, window: { days: 0 } },
        /rules\.all\[0\]\.window\.days/
      )
      await rulesError(
        { field: "created_at", op: "before", value: "yesterday" },
        /rules\.all\[0\]\.value/
      )
      await rulesError({ field: "has_flag", op: "in", value: [] }, /rules\.all\[0\]\.value/)
      await expectError(
        api.post("/admin/segments", { name: "X", rules: [{ field: "has_account" }] }, admin),
        400,
        /'rules' must be a group/
      )
    })

    it("answers 404 for a missing segment or flag and 409 for a taken name", async () => {
      await expectError(api.get("/admin/segments/cseg_missing", admin), 404, /cseg_missing/)
      await expectError(
        api.post("/admin/segments/cseg_missing/refresh", {}, admin),
        404,
        /cseg_missing/
      )
      await expectError(
        api.post(
          "/admin/segments",
          { name: "X", rules: bigSpenders, flag_id: "cflag_missing" },
          admin
        ),
        404,
        /cflag_missing/
      )
      await createSegment()
      await expectError(
        api.post("/admin/segments", { name: "Big spenders", rules: bigSpenders }, admin),
        409,
        /Big spenders/
      )
    })
  })

  it("previews without saving, and states the timezone", async () => {
    const { data } = await api.post("/admin/segments/preview", { rules: bigSpenders }, admin)
    expect(data).toEqual({
      count: 1,
      sample: [expect.objectContaining({ email: "ada@shop.se", first_name: "Ada" })],
      timezone: "UTC",
    })
    expect((await api.get("/admin/segments", admin)).data.count).toBe(0)
  })

  it("refreshes a segment as it is saved and on demand, with who entered and left, and emits events", async () => {
    // Saving refreshes: the answer already has the members.
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const entered = TestEventUtils.waitSubscribersExecution("segment.customer_entered", eventBus)
    const segment = await createSegment()
    await entered
    expect(segment).toEqual(
      expect.objectContaining({ member_count: 1, timezone: "UTC", rules: bigSpenders })
    )
    expect(segment.last_refreshed_at).not.toBeNull()
    expect(await memberEmails(segment.id)).toEqual(["ada@shop.se"])

    // Nothing changed: nobody enters or leaves.
    expect(await refresh(segment.id)).toEqual(
      expect.objectContaining({
        entered: 0,
        left: 0,
        segment: expect.objectContaining({ member_count: 1 }),
      })
    )

    // Bob spends enough: he enters at the next refresh.
    await createOrder(container, {
      customer_id: world.customers.bob.id,
      items: [{ quantity: 1, unit_price: 1400 }],
    })
    await rebuildOrderFacts(container)
    expect(await refresh(segment.id)).toEqual(expect.objectContaining({ entered: 1, left: 0 }))

    // New rules apply as they are saved: Ada's orders stop counting once the threshold rises.
    const raised = (
      await api.post(
        `/admin/segments/${segment.id}`,
        {
          rules: {
            all: [
              {
                field: "total_spent",
                op: "gte",
                value: 1350,
                currency_code: "sek",
                window: { days: 365 },
              },
            ],
          },
        },
        admin
      )
    ).data.segment
    expect(raised.member_count).toBe(1)
    expect(await memberEmails(segment.id)).toEqual(["bob@corp.com"])
    expect(await memberEmails(segment.id, "?status=left")).toEqual(["ada@shop.se"])
    const all: SegmentMemberPage = (
      await api.get(`/admin/segments/${segment.id}/members?status=all`, admin)
    ).data
    expect(all.count).toBe(2)
    expect(all.customers.find((c) => c.email === "ada@shop.se")!.left_at).not.toBeNull()

    // Ada can come back: a new membership starts, the old one stays as history.
    const lowered = (await api.post(`/admin/segments/${segment.id}`, { rules: bigSpenders }, admin))
      .data.segment
    expect(lowered.member_count).toBe(2)
    expect(
      (await api.get(`/admin/segments/${segment.id}/members?status=all`, admin)).data.count
    ).toBe(3)

    // The current members, newest first, paged, counted as the segment counts them.
    const current: SegmentMemberPage = (
      await api.get(`/admin/segments/${segment.id}/members`, admin)
    ).data
    expect(current).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 50 }))
    expect(current.customers.map((c) => c.email)).toEqual(["ada@shop.se", "bob@corp.com"])
    expect(Object.keys(current.customers[0]).sort()).toEqual([
      "email",
      "entered_at",
      "first_name",
      "id",
      "last_name",
      "left_at",
      "membership_id",
    ])
    expect(current.customers[0]).toEqual(
      expect.objectContaining({
        id: world.customers.ada.id,
        first_name: "Ada",
        membership_id: expect.stringMatching(/^csegm_/),
        entered_at: expect.any(String),
        left_at: null,
      })
    )
    const second: SegmentMemberPage = (
      await api.get(`/admin/segments/${segment.id}/members?limit=1&offset=1`, admin)
    ).data
    expect(second).toEqual(expect.objectContaining({ count: 2, offset: 1, limit: 1 }))
    expect(second.customers.map((c) => c.email)).toEqual(["bob@corp.com"])
    expect(
      (await api.get(`/admin/segments/${segment.id}/members?offset=5`, admin)).data.customers
    ).toEqual([])

    // A new name alone changes no members and is no refresh.
    const renamed = (await api.post(`/admin/segments/${segment.id}`, { name: "Whales" }, admin))
      .data.segment
    expect(renamed.last_refreshed_at).toBe(lowered.last_refreshed_at)
    expect(await refresh(segment.id)).toEqual(expect.objectContaining({ entered: 0, left: 0 }))
  })

  it("pages members by cursor at any depth: each once, newest first, across the ties of one refresh", async () => {
    const customers = container.resolve(Modules.CUSTOMER)
    await customers.createCustomers([
      ...Array.from({ length: 50 }, (_, i) => ({ email: `stay${i}@bulk.test` })),
      ...Array.from({ length: 10 }, (_, i) => ({ email: `go${i}@gone.test` })),
    ])
    // One refresh enters all 60 at the same instant; the id breaks the tie.
    const segment = await createSegment({
      name: "Paged",
      rules: { all: [{ field: "email_domain", op: "in", value: ["bulk.test", "gone.test"] }] },
    })
    await api.post(
      `/admin/segments/${segment.id}`,
      {
        rules: { all: [{ field: "email_domain", op: "eq", value: "bulk.test" }] },
      },
      admin
    )
    const late = new Date()
    await customers.createCustomers(
      Array.from({ length: 7 }, (_, i) => ({ email: `late${i}@bulk.test` }))
    )
    expect(await refresh(segment.id)).toEqual(expect.objectContaining({ entered: 7, left: 0 }))

    const page = async (query: string): Promise<SegmentMemberPage> =>
      (await api.get(`/admin/segments/${segment.id}/members?${query}`, admin)).data
    const walk = async (query: string, limit: number) => {
      const seen: SegmentMember[] = []
      let cursor: string | null = null
      do {
        const answer = await page(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`)
        expect(answer.customers.length).toBeLessThanOrEqual(limit)
        seen.push(...answer.customers)
        cursor = answer.next_cursor
      } while (cursor)
      return seen
    }
    const newestFirst = (a: SegmentMember, b: SegmentMember) =>
      b.entered_at.localeCompare(a.entered_at) || b.membership_id.localeCompare(a.membership_id)

    for (const [status, expected] of [
      ["current", 57],
      ["left", 10],
      ["all", 67],
    ] as const) {
      const whole = await page(`status=${status}&limit=100`)
      expect(whole).toEqual(expect.objectContaining({ count: expected, next_cursor: null }))
      expect(whole.customers).toHaveLength(expected)
      expect([...whole.customers].sort(newestFirst)).toEqual(whole.customers)
      for (const limit of [1, 4, 50]) {
        const walked = await walk(`status=${status}`, limit)
        expect(walked.map((m) => m.membership_id)).toEqual(
          whole.customers.map((m) => m.membership_id)
        )
      }
    }
    const current = await page("status=current&limit=100")
    expect(current.customers.slice(0, 7).every((m) => m.email.startsWith("late"))).toBe(true)
    expect(
      current.customers.every((m) => m.left_at === null && m.email.endsWith("@bulk.test"))
    ).toBe(true)
    expect(
      (await page("status=left&limit=100")).customers.every((m) => m.email.endsWith("@gone.test"))
    ).toBe(true)

    // A filter on when they entered keeps its count and pages by cursor too.
    const enteredLate = `status=all&entered_after=${late.toISOString()}`
    expect((await page(enteredLate)).count).toBe(7)
    expect((await walk(enteredLate, 3)).map((m) => m.email).sort()).toEqual(
      Array.from({ length: 7 }, (_, i) => `late${i}@bulk.test`).sort()
    )

    // An offset still works for the first pages, and agrees with the cursor.
    const byOffset = await page("limit=4&offset=4")
    const byCursor = await page(`limit=4&cursor=${(await page("limit=4")).next_cursor}`)
    expect(byOffset.customers).toEqual(byCursor.customers)
    expect(byOffset).toEqual(expect.objectContaining({ count: 57, offset: 4, limit: 4 }))

    // Bad paging names its parameter; a missing segment is a 404 whatever the filter.
    const members = `/admin/segments/${segment.id}/members`
    for (const [query, field] of [
      ["cursor=not-a-cursor", /cursor/],
      [`cursor=${Buffer.from("2026-02-30T00:00:00.000000Z|x").toString("base64url")}`, /cursor/],
      [`cursor=${byCursor.next_cursor}&offset=4`, /offset/],
      ["offset=10001", /cursor/],
      ["offset=-1", /offset/],
      ["limit=0", /limit/],
      ["limit=1.5", /limit/],
      ["limit=1e308", /limit/],
      ["status=gone", /status/],
      ["entered_after=275760-09-13", /entered_after/],
      ["order=email", /order/],
    ] as const) {
      await expectError(api.get(`${members}?${query}`, admin), 400, field)
    }
    for (const status of ["current", "left", "all"]) {
      await expectError(
        api.get(`/admin/segments/cseg_missing/members?status=${status}`, admin),
        404,
        /cseg_missing/
      )
    }
  })

  it("gives the segment's flag to members and takes back only what it gave", async () => {
    // Dee has VIP from staff; a segment selecting Ada and Dee must leave hers alone.
    const segment = await createSegment({
      rules: { any: [...bigSpenders.all, { field: "email_domain", op: "eq", value: "corp.com" }] },
      flag_id: world.vip.id,
      remove_flag_on_leave: true,
    })
    expect(segment.flag).toEqual(expect.objectContaining({ id: world.vip.id, name: "VIP" }))
    expect(segment.member_count).toBe(3)

    const active = async () =>
      (
        await loyaltyOf(container).listCustomerFlagAssignments({
          flag_id: world.vip.id,
          removed_at: null,
        })
      )
        .map((a) => ({ customer_id: a.customer_id, source: a.source }))
        .sort((a, b) => a.customer_id.localeCompare(b.customer_id))
    const { ada, bob, dee } = world.customers
    expect(await active()).toEqual(
      [
        { customer_id: ada.id, source: "segment" },
        { customer_id: bob.id, source: "segment" },
        { customer_id: dee.id, source: "manual" },
      ].sort((a, b) => a.customer_id.localeCompare(b.customer_id))
    )
    const groupMembers = await container
      .resolve(Modules.CUSTOMER)
      .listCustomerGroupCustomers({ customer_group_id: world.vip.customer_group_id })
    expect(groupMembers.map((m) => m.customer_id).sort()).toEqual([ada.id, bob.id, dee.id].sort())

    // Everyone leaves: Ada and Bob lose VIP, Dee keeps the one staff gave.
    const emptied = await api.post(
      `/admin/segments/${segment.id}`,
      { rules: { all: [{ field: "order_count", op: "gte", value: 100 }] } },
      admin
    )
    expect(emptied.data.segment.member_count).toBe(0)
    expect(await active()).toEqual([{ customer_id: dee.id, source: "manual" }])
  })

  it("flags thousands of entering customers at once, and takes the flag back", async () => {
    const many = 2500
    await container
      .resolve(Modules.CUSTOMER)
      .createCustomers(Array.from({ length: many }, (_, i) => ({ email: `bulk${i}@bulk.test` })))
    const segment = await createSegment({
      name: "Bulk",
      rules: { all: [{ field: "email_domain", op: "eq", value: "bulk.test" }] },
      flag_id: world.vip.id,
      remove_flag_on_leave: true,
    })
    expect(segment.member_count).toBe(many)
    const flagged = await loyaltyOf(container).listAndCountCustomerFlagAssignments(
      { flag_id: world.vip.id, removed_at: null, source: "segment" },
      { take: 1 }
    )
    expect(flagged[1]).toBe(many)
    const inGroup = await container
      .resolve(Modules.CUSTOMER)
      .listCustomerGroupCustomers(
        { customer_group_id: world.vip.customer_group_id },
        { select: ["id"] }
      )
    expect(inGroup).toHaveLength(many + 1) // and Dee, flagged by staff

    const emptied = await api.post(
      `/admin/segments/${segment.id}`,
      { rules: { all: [{ field: "email_domain", op: "eq", value: "none.test" }] } },
      admin
    )
    expect(emptied.data.segment.member_count).toBe(0)
    const [, stillFlagged] = await loyaltyOf(container).listAndCountCustomerFlagAssignments(
      { flag_id: world.vip.id, removed_at: null },
      { take: 1 }
    )
    expect(stillFlagged).toBe(1)
  })

  it("undoes a refresh that fails after its last step: memberships, figures and flags", async () => {
    // Ada entered as the segment was saved; Bob would enter at the next refresh.
    const segment = await createSegment({ flag_id: world.vip.id })
    const bob = world.customers.bob.id
    await createOrder(container, { customer_id: bob, items: [{ quantity: 1, unit_price: 1400 }] })
    await rebuildOrderFacts(container)
    const workflow = refreshSegmentWorkflow(container)
    workflow.appendAction("fail", "emit-segment-customers-left", {
      invoke: async () => {
        throw new Error("Forced failure")
      },
    })
    const { errors } = await workflow.run({
      input: { segment_id: segment.id },
      throwOnError: false,
    })
    expect(errors[0]?.error?.message).toBe("Forced failure")

    const { data } = await api.get(`/admin/segments/${segment.id}`, admin)
    expect(data.segment).toEqual(
      expect.objectContaining({
        member_count: 1,
        last_refreshed_at: segment.last_refreshed_at,
        updated_at: segment.updated_at,
      })
    )
    expect(await memberEmails(segment.id, "?status=all")).toEqual(["ada@shop.se"])
    expect(await loyaltyOf(container).listCustomerFlagAssignments({ customer_id: bob })).toEqual([])
    expect(
      await container.resolve(Modules.CUSTOMER).listCustomerGroupCustomers({ customer_id: bob })
    ).toEqual([])
  })

  it("refreshes a segment whose flag was deleted, flagging nobody", async () => {
    const segment = await createSegment({ flag_id: world.vip.id })
    await api.delete(`/admin/customer-flags/${world.vip.id}`, admin)
    const bob = world.customers.bob.id
    await createOrder(container, { customer_id: bob, items: [{ quantity: 1, unit_price: 1400 }] })
    await rebuildOrderFacts(container)
    expect(await refresh(segment.id)).toEqual(expect.objectContaining({ entered: 1, left: 0 }))
    expect(await loyaltyOf(container).listCustomerFlagAssignments({ customer_id: bob })).toEqual([])
  })

  it("refreshes due segments from the scheduled job", async () => {
    // Written by the module alone (as before saving refreshed): never refreshed.
    const segment = await loyaltyOf(container).createCustomerSegments({
      name: "Big spenders",
      rules: bigSpenders,
    })
    await refreshSegmentsJob(container)
    const { data } = await api.get(`/admin/segments/${segment.id}`, admin)
    expect(data.segment.member_count).toBe(1)
    // Refreshed just now: not due again within the interval.
    await refreshSegmentsJob(container)
    expect(
      (await api.get(`/admin/segments/${segment.id}`, admin)).data.segment.last_refreshed_at
    ).toBe(data.segment.last_refreshed_at)
  })

  it("lists, updates and deletes segments", async () => {
    const segment = await createSegment({ description: "Top customers" })
    const list = (await api.get("/admin/segments?q=big", admin)).data
    expect(list).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 50 }))
    expect(list.segments[0]).toEqual(expect.objectContaining({ id: segment.id, timezone: "UTC" }))

    const renamed = (await api.post(`/admin/segments/${segment.id}`, { name: "Whales" }, admin))
      .data.segment
    expect(renamed).toEqual(expect.objectContaining({ name: "Whales", rules: bigSpenders }))

    expect((await api.delete(`/admin/segments/${segment.id}`, admin)).data).toEqual({
      id: segment.id,
      object: "segment",
      deleted: true,
    })
    await expectError(api.get(`/admin/segments/${segment.id}`, admin), 404, /was not found/)
  })

  it("serves the field catalogue", async () => {
    const { data } = await api.get("/admin/segments/fields", admin)
    expect(data.timezone).toBe("UTC")
    expect(data.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining([
        "total_spent",
        "order_count",
        "purchased_category",
        "has_flag",
        "metadata",
      ])
    )
  })
}
