import { SubscriberArgs } from "@medusajs/framework"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { andWaitForNotification } from "./wait-for-notification"
import { recordedNotifications } from "../../helpers/recording-notification-provider"
import { createLoyaltyTierWorkflow } from "../../../src/workflows/loyalty-config"
import { adjustPointsWorkflow } from "../../../src/workflows/loyalty"
import creditPointsOnOrderPlaced from "../../../src/subscribers/order-placed-credit-points"
import { createOrder, loyaltyOf } from "../loyalty-ledger/fixtures"

const EVERY_VARIABLE =
  "{{ first_name }}|{{ last_name }}|{{ member_number }}|{{ points }}|{{ description }}|" +
  "{{ balance_available }}|{{ balance_pending }}|{{ tier }}"

const message = (overrides: Record<string, unknown> = {}) => ({
  kind: "points_adjusted",
  locale: "en",
  subject: "Hi {{ first_name }}",
  body: "You have {{ balance_available }} points.",
  ...overrides,
})

/** `GET/POST /admin/loyalty/messages`: the fields this suite reads one by one. */
type MessagesAnswer = {
  messages: { kind: string; locale: string; subject: string | null }[]
  variables: { name: string }[]
  kinds: string[]
  default_locale: string
  templates: unknown
}

export function loyaltyMessagesTests({ api, getContainer }: MedusaSuiteOptions) {
  let container: MedusaContainer
  let admin: { headers: Record<string, string> }

  const customerWith = (email: string, consent: boolean, extra: Record<string, unknown> = {}) =>
    container.resolve(Modules.CUSTOMER).createCustomers({
      email,
      first_name: "Kim",
      last_name: "Lund",
      metadata: { marketing_consent: consent, ...extra },
    })

  const save = (messages: unknown[]): Promise<{ status: number; data: MessagesAnswer }> =>
    api.post("/admin/loyalty/messages", { messages }, admin)

  const adjust = (customer_id: string, points: number, key: string) =>
    andWaitForNotification(container, "loyalty.points_adjusted", () =>
      adjustPointsWorkflow(container).run({
        input: { customer_id, points, description: "Welcome gift", idempotency_key: key },
      })
    )

  beforeEach(async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    recordedNotifications().length = 0
  })

  describe("GET/POST /admin/loyalty/messages", () => {
    it("lists nothing written, the variables and the default locale", async () => {
      const { data }: { data: MessagesAnswer } = await api.get("/admin/loyalty/messages", admin)
      expect(data.messages).toEqual([])
      expect(data.kinds).toEqual(["points_credited", "points_adjusted"])
      expect(data.variables.map((v) => v.name)).toEqual([
        "first_name",
        "last_name",
        "member_number",
        "points",
        "description",
        "balance_available",
        "balance_pending",
        "tier",
      ])
      expect(data.default_locale).toBe("en")
      expect(data.templates).toEqual({
        points_credited: "loyalty-points-credited",
        points_adjusted: "loyalty-points-adjusted",
      })
    })

    it("saves messages per kind and locale, updates one in place and removes one", async () => {
      const { status, data } = await save([
        message({
          kind: "points_credited",
          subject: "{{ points }} points",
          body: EVERY_VARIABLE,
        }),
        message({
          locale: "sv-se",
          subject: "Hej {{ first_name }}",
          body: "Du har {{ balance_available }} poäng.",
        }),
        message(),
      ])
      expect(status).toBe(200)
      expect(data.messages.map((m) => [m.kind, m.locale, m.subject]).sort()).toEqual([
        ["points_adjusted", "en", "Hi {{ first_name }}"],
        ["points_adjusted", "sv-SE", "Hej {{ first_name }}"],
        ["points_credited", "en", "{{ points }} points"],
      ])

      await save([message({ subject: "Changed, {{ first_name }}" })])
      const rows = await loyaltyOf(container).listLoyaltyMessages({
        kind: "points_adjusted",
        locale: "en",
      })
      expect(rows.map((row) => row.subject)).toEqual(["Changed, {{ first_name }}"])

      const removed = (
        await save([{ kind: "points_adjusted", locale: "sv-SE", subject: null, body: null }])
      ).data
      expect(removed.messages.map((m) => m.locale).sort()).toEqual(["en", "en"])
      expect((await api.get("/admin/loyalty/messages", admin)).data.messages).toHaveLength(2)
    })

    it("answers 400 naming the field for bad input", async () => {
      const cases: [unknown, RegExp][] = [
        [{}, /messages/],
        [{ messages: [] }, /Field 'messages' must hold from 1 to 50 messages/],
        [{ messages: "x" }, /Expected type: 'array' for field 'messages'/],
        [
          { messages: [message({ kind: "points_expired" })] },
          /Field 'messages\[0\]\.kind' must be one of/,
        ],
        [
          { messages: [message({ locale: "not a locale!" })] },
          /Field 'messages\[0\]\.locale' must be a locale/,
        ],
        [{ messages: [message({ locale: 7 })] }, /Field 'messages\[0\]\.locale' must be a string/],
        [
          { messages: [message(), message({ body: "{{ nickname }}" })] },
          /Field 'messages\[1\]\.body' uses unknown variable 'nickname'/,
        ],
        [
          { messages: [message({ subject: "{{ points | no_such_filter }}" })] },
          /Field 'messages\[0\]\.subject' is not a valid template: undefined filter: no_such_filter/,
        ],
        [
          { messages: [message({ body: "{{ first_name " })] },
          /Field 'messages\[0\]\.body' is not a valid template/,
        ],
        [
          { messages: [message({ body: "{% if points %}open" })] },
          /Field 'messages\[0\]\.body' is not a valid template/,
        ],
        [
          { messages: [message({ subject: "x".repeat(201) })] },
          /Field 'messages\[0\]\.subject' must be at most 200 characters/,
        ],
        [
          { messages: [message({ body: "x".repeat(10_001) })] },
          /Field 'messages\[0\]\.body' must be at most 10000 characters/,
        ],
        [{ messages: [message({ body: "   " })] }, /Field 'messages\[0\]\.body' must not be empty/],
        [
          { messages: [message({ subject: null })] },
          /Field 'messages\[0\]\.body' must be null exactly when/,
        ],
        [{ messages: [message({ html: "<b>" })] }, /Field 'messages\[0\]\.html' is not allowed/],
        [
          { messages: [message(), message()] },
          /Field 'messages\[1\]' repeats points_adjusted in 'en'/,
        ],
        [
          { messages: Array.from({ length: 51 }, () => message()) },
          /Field 'messages' must hold from 1 to 50 messages/,
        ],
      ]
      for (const [body, expected] of cases) {
        await expectError(api.post("/admin/loyalty/messages", body, admin), 400, expected)
      }
      expect(await loyaltyOf(container).listLoyaltyMessages({})).toEqual([])
    })

    it("rejects hostile templates: no code, no files, no runaway loops", async () => {
      const hostile: [string, RegExp][] = [
        ['{{ constructor.constructor("return process")() }}', /Field 'messages\[0\]\.body'/],
        ["{{ first_name.constructor }}", /Field 'messages\[0\]\.body' cannot be rendered/],
        ["{{ first_name.__proto__ }}", /Field 'messages\[0\]\.body' cannot be rendered/],
        ["{% include '/etc/passwd' %}", /must not use include, render or layout/],
        ["{%- render 'secrets' -%}", /must not use include, render or layout/],
        ["{% layout '../../package.json' %}", /must not use include, render or layout/],
        [
          "{% for i in (1..1000000000) %}{{ i }}{% endfor %}",
          /Field 'messages\[0\]\.body' cannot be rendered/,
        ],
      ]
      for (const [body, expected] of hostile) {
        await expectError(save([message({ body })]), 400, expected)
      }
      expect(await loyaltyOf(container).listLoyaltyMessages({})).toEqual([])
    })

    it("ends with one row when the same message is saved 20 times at once, or 20 versions race", async () => {
      const same = await Promise.all(Array.from({ length: 20 }, () => save([message()])))
      expect(same.every((response) => response.status === 200)).toBe(true)

      const bodies = Array.from({ length: 20 }, (_, i) => `Version ${i}: {{ points }}`)
      const racing = await Promise.all(
        bodies.map((body) => save([message({ body }), message({ kind: "points_credited", body })]))
      )
      expect(racing.every((response) => response.status === 200)).toBe(true)
      const rows = await loyaltyOf(container).listLoyaltyMessages({})
      expect(rows).toHaveLength(2)
      expect(bodies).toContain(rows[0].body)
    })
  })

  describe("POST /admin/loyalty/messages/preview", () => {
    it("renders every variable with the member's real values", async () => {
      await createLoyaltyTierWorkflow(container).run({
        input: { name: "Gold", min_points: 0, basis: "lifetime", rank: 1 },
      })
      const customer = await customerWith("kim@example.com", true)
      await adjust(customer.id, 250, "p1")
      const account = (await loyaltyOf(container).listLoyaltyAccounts({}))[0]

      const { status, data } = await api.post(
        "/admin/loyalty/messages/preview",
        {
          template: { subject: "{{ points }} points, {{ first_name }}", body: EVERY_VARIABLE },
          customer_id: customer.id,
        },
        admin
      )
      expect(status).toBe(200)
      expect(data).toEqual({
        subject: "250 points, Kim",
        body: `Kim|Lund|${account.member_number}|250|Welcome gift|250|0|Gold`,
        example_change: false,
      })
    })

    it("stands in the latest change of the message's kind, examples when there is none, numbers in the locale's words", async () => {
      const customer = await customerWith("kim@example.com", true)
      await adjust(customer.id, 12_500, "p1")
      const loyalty = loyaltyOf(container)
      const [account] = await loyalty.listLoyaltyAccounts({})
      // A redemption after the adjustment: no message announces it, so no preview shows it.
      await loyalty.debitPoints({
        account_id: account.id,
        customer_id: customer.id,
        type: "redeem",
        source: "redemption",
        points: 300,
        idempotency_key: "redeem-1",
        description: "Gift card",
      })
      const preview = async (extra: Record<string, unknown>) =>
        (
          await api.post(
            "/admin/loyalty/messages/preview",
            {
              template: {
                subject: "{{ points | number }}",
                body: "{{ description }}|{{ balance_available | number }}|{{ points }}",
              },
              customer_id: customer.id,
              ...extra,
            },
            admin
          )
        ).data

      expect(await preview({ kind: "points_adjusted" })).toEqual({
        subject: "12,500",
        body: "Welcome gift|12,200|12500",
        example_change: false,
      })
      expect(await preview({})).toEqual(
        expect.objectContaining({ subject: "12,500", example_change: false })
      )
      // Nothing earned yet: the list's example stands in, and says so.
      expect(await preview({ kind: "points_credited" })).toEqual({
        subject: "120",
        body: "Order #1042|12,200|120",
        example_change: true,
      })
      // Swedish groups with a (narrow) no-break space, German with a dot.
      const swedish = await preview({ kind: "points_adjusted", locale: "sv-se" })
      expect(swedish.subject.replace(/\s/g, " ")).toBe("12 500")
      expect((await preview({ kind: "points_adjusted", locale: "de" })).subject).toBe("12.500")

      const bad = (extra: Record<string, unknown>) =>
        api.post(
          "/admin/loyalty/messages/preview",
          { template: { subject: "x", body: "y" }, customer_id: customer.id, ...extra },
          admin
        )
      await expectError(
        bad({ kind: "points_redeemed" }),
        400,
        /'points_credited, points_adjusted' for field 'kind'/
      )
      await expectError(bad({ locale: "not a locale" }), 400, /Field 'locale' must be a locale/)
      await expectError(bad({ locale: 7 }), 400, /locale/)
    })

    it("renders empty values for a customer who is not a member yet", async () => {
      const customer = await customerWith("new@example.com", false)
      const { data } = await api.post(
        "/admin/loyalty/messages/preview",
        { template: { subject: "Hi", body: EVERY_VARIABLE }, customer_id: customer.id },
        admin
      )
      // No points change to show: the examples stand in for points and description.
      expect(data).toEqual(
        expect.objectContaining({ body: "Kim|Lund||120|Order #1042|0|0|", example_change: true })
      )
    })

    it("answers 400 for a bad template and 404 for an unknown customer", async () => {
      const customer = await customerWith("kim@example.com", true)
      const preview = (body: unknown) => api.post("/admin/loyalty/messages/preview", body, admin)
      await expectError(
        preview({ template: { subject: "{{ nickname }}", body: "x" }, customer_id: customer.id }),
        400,
        /Field 'template\.subject' uses unknown variable 'nickname'/
      )
      await expectError(
        preview({
          template: { subject: "x", body: "{% include 'x' %}" },
          customer_id: customer.id,
        }),
        400,
        /Field 'template\.body' must not use include/
      )
      await expectError(
        preview({
          template: { subject: "x", body: "y".repeat(10_001) },
          customer_id: customer.id,
        }),
        400,
        /Field 'template\.body' must be at most 10000 characters/
      )
      await expectError(preview({ template: { subject: "x", body: "y" } }), 400, /customer_id/)
      await expectError(
        preview({ template: { subject: "x", body: "y" }, customer_id: "  " }),
        400,
        /Field 'customer_id' must be a customer id/
      )
      await expectError(
        preview({ template: "x", customer_id: customer.id }),
        400,
        /Expected type: 'object' for field 'template'/
      )
      await expectError(
        preview({ template: { subject: "x", body: "y" }, customer_id: "cus_missing" }),
        404,
        /Customer with id 'cus_missing' was not found/
      )
    })
  })

  describe("sending", () => {
    it("sends the written message, rendered in the member's locale, as content", async () => {
      await save([
        message({
          subject: "{{ points }} points, {{ first_name }}",
          body: "Balance {{ balance_available }}.\n{{ description }} <3",
        }),
        message({
          locale: "sv",
          subject: "{{ points }} poäng, {{ first_name }}",
          body: "Saldo {{ balance_available }}.",
        }),
      ])
      const swede = await customerWith("sv@example.com", true, { locale: "sv-SE" })
      const other = await customerWith("en@example.com", true)
      await adjust(swede.id, 30, "s1")
      await adjust(other.id, 40, "s2")

      expect(recordedNotifications()).toEqual([
        expect.objectContaining({
          to: "sv@example.com",
          template: null,
          content: { subject: "30 poäng, Kim", text: "Saldo 30.", html: "<p>Saldo 30.</p>" },
          receiver_id: swede.id,
        }),
        expect.objectContaining({
          to: "en@example.com",
          content: {
            subject: "40 points, Kim",
            text: "Balance 40.\nWelcome gift <3",
            html: "<p>Balance 40.<br>Welcome gift &lt;3</p>",
          },
        }),
      ])

      const { data } = await api.get(`/admin/customers/${swede.id}/loyalty/messages`, admin)
      expect(data.messages).toEqual([
        expect.objectContaining({
          kind: "points_adjusted",
          to: "sv@example.com",
          locale: "sv",
          subject: "30 poäng, Kim",
          body: "Saldo 30.",
          points: 30,
          template: null,
        }),
      ])
    })

    it("uses the template id where no message is written for that kind", async () => {
      await save([message()])
      const customer = await customerWith("kim@example.com", true)
      const order = await createOrder(container, {
        customer_id: customer.id,
        items: [{ quantity: 1, unit_price: 120 }],
      })
      await loyaltyOf(container).updateProgramSettings({ points_per_currency: { sek: 1 } })
      await andWaitForNotification(container, "loyalty.points_credited", () =>
        creditPointsOnOrderPlaced({
          event: { name: "order.placed", data: { id: order.id } },
          container,
        } as SubscriberArgs<{ id: string }>)
      )
      expect(recordedNotifications()).toEqual([
        expect.objectContaining({ template: "loyalty-points-credited", content: null }),
      ])
      const { data } = await api.get(`/admin/customers/${customer.id}/loyalty/messages`, admin)
      expect(data.messages).toEqual([
        expect.objectContaining({
          kind: "points_credited",
          template: "loyalty-points-credited",
          subject: null,
        }),
      ])
    })

    it("sends nothing to a member without marketing consent", async () => {
      await save([message()])
      const customer = await customerWith("lo@example.com", false)
      await adjust(customer.id, 30, "n1")
      expect(recordedNotifications()).toEqual([])
      const { data } = await api.get(`/admin/customers/${customer.id}/loyalty/messages`, admin)
      expect(data.messages).toEqual([])
    })

    it("answers 404 for the messages of an unknown customer", async () => {
      await expectError(
        api.get("/admin/customers/cus_missing/loyalty/messages", admin),
        404,
        /cus_missing/
      )
    })
  })
}
