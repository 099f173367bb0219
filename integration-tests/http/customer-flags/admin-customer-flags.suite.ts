import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import { CUSTOMER_LOYALTY_MODULE } from "../../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../src/modules/customer-loyalty/service"

/** `GET /admin/customer-flags`, the parts these tests read. */
type FlagList = {
  customer_flags: { id: string; name: string }[]
  count: number
  offset: number
  limit: number
}

const vip = {
  name: "VIP",
  abbreviation: "VIP",
  icon: "Star",
  color: "#7C3AED",
  display: "card",
  expiry: { type: "days_after_assignment", days: 30 },
  description: "Our best customers",
}

export function adminCustomerFlagsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }

  const createFlag = async (body: Record<string, unknown> = {}) =>
    (await api.post("/admin/customer-flags", { ...vip, ...body }, admin)).data.customer_flag

  sharedFixtures(options, async () => {
    admin = await createAdminUser(getContainer())
  })

  describe("POST /admin/customer-flags", () => {
    it("creates a flag with its mirrored customer group", async () => {
      const { status, data } = await api.post("/admin/customer-flags", vip, admin)
      expect(status).toBe(201)
      expect(data.customer_flag).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^cflag_/),
          name: "VIP",
          abbreviation: "VIP",
          icon: "Star",
          color: "#7C3AED",
          display: "card",
          expiry: { type: "days_after_assignment", days: 30 },
          description: "Our best customers",
          sales_channels: [],
          sales_channel_ids: [],
          customer_group_id: expect.stringMatching(/^cusgroup_/),
        })
      )

      const group = await getContainer()
        .resolve(Modules.CUSTOMER)
        .retrieveCustomerGroup(data.customer_flag.customer_group_id)
      expect(group.name).toBe("Flag: VIP")
    })

    it("defaults display to card and expiry to none", async () => {
      const flag = await createFlag({ display: undefined, expiry: undefined })
      expect(flag.display).toBe("card")
      expect(flag.expiry).toEqual({ type: "none" })
    })

    it("stores a fixed expiry date and sales channels", async () => {
      const channel = await getContainer()
        .resolve(Modules.SALES_CHANNEL)
        .createSalesChannels({ name: "Box office" })
      const flag = await createFlag({
        expiry: { type: "fixed_date", date: "2030-01-31T00:00:00.000Z" },
        sales_channel_ids: [channel.id],
      })
      expect(flag.expiry).toEqual({
        type: "fixed_date",
        date: "2030-01-31T00:00:00.000Z",
      })
      expect(flag.sales_channel_ids).toEqual([channel.id])
      expect(flag.sales_channels).toEqual([
        expect.objectContaining({ id: channel.id, name: "Box office" }),
      ])
    })

    it.each([
      [{ color: "purple" }, /color/],
      [{ color: "#12345" }, /color/],
      [{ name: "" }, /name/],
      [{ name: "   " }, /name/],
      [{ abbreviation: "TOOLONG" }, /abbreviation/],
      [{ abbreviation: "" }, /abbreviation/],
      [{ display: "banner" }, /display/],
      [{ expiry: { type: "days_after_assignment", days: -3 } }, /expiry\.days/],
      [{ expiry: { type: "days_after_assignment", days: 1.5 } }, /expiry\.days/],
      [{ expiry: { type: "sometimes" } }, /expiry\.type/],
      [{ expiry: { type: "fixed_date", date: "not a date" } }, /expiry\.date/],
      [{ icon: "NotAnIcon" }, /icon/],
      [{ icon: "Stripe" }, /'icon'.*brand logos/],
      [{ name: undefined }, /name/],
      [{ unexpected: true }, /unexpected/],
    ])("refuses %j with a 400 naming the field", async (body, field) => {
      await expectError(api.post("/admin/customer-flags", { ...vip, ...body }, admin), 400, field)
    })

    it("refuses a taken name with a 409", async () => {
      await createFlag()
      await expectError(createFlag(), 409, /already exists/)
    })

    it("refuses an unknown sales channel with a 404 and leaves nothing behind", async () => {
      await expectError(createFlag({ sales_channel_ids: ["sc_missing"] }), 404, /sc_missing/)
      const { data } = await api.get("/admin/customer-flags", admin)
      expect(data.count).toBe(0)
      const groups = await getContainer()
        .resolve(Modules.CUSTOMER)
        .listCustomerGroups({ name: "Flag: VIP" })
      expect(groups).toHaveLength(0)
    })

    it("needs an admin", async () => {
      await expectError(api.post("/admin/customer-flags", vip), 401, /Unauthorized/)
    })
  })

  describe("GET /admin/customer-flags", () => {
    it("lists, searches and pages flags", async () => {
      await createFlag({ name: "VIP", abbreviation: "VIP" })
      await createFlag({ name: "Staff", abbreviation: "ST" })
      await createFlag({ name: "Press", abbreviation: "PR" })

      const all = (await api.get("/admin/customer-flags", admin)).data
      expect(all.count).toBe(3)
      expect(all.customer_flags).toHaveLength(3)
      expect(all).toEqual(expect.objectContaining({ offset: 0, limit: 50 }))

      const searched: FlagList = (await api.get("/admin/customer-flags?q=sta", admin)).data
      expect(searched.customer_flags.map((f) => f.name)).toEqual(["Staff"])

      // `%` and `_` match themselves, not any text.
      await createFlag({ name: "50%_off", abbreviation: "50" })
      for (const [q, names] of [
        ["%", ["50%_off"]],
        ["_", ["50%_off"]],
        ["%25_", []],
        ["a_f", []],
      ] as const) {
        const { data }: { data: FlagList } = await api.get(
          `/admin/customer-flags?q=${encodeURIComponent(q)}`,
          admin
        )
        expect([q, data.customer_flags.map((f) => f.name)]).toEqual([q, names])
      }
      await api.delete(
        `/admin/customer-flags/${(await api.get("/admin/customer-flags?q=50", admin)).data.customer_flags[0].id}`,
        admin
      )

      const paged: FlagList = (
        await api.get("/admin/customer-flags?limit=2&offset=2&order=name", admin)
      ).data
      expect(paged).toEqual(expect.objectContaining({ count: 3, offset: 2, limit: 2 }))
      expect(paged.customer_flags.map((f) => f.name)).toEqual(["VIP"])
    })

    it("filters by sales channel: flags in it and flags in all channels", async () => {
      const channels = getContainer().resolve(Modules.SALES_CHANNEL)
      const [web, box] = await channels.createSalesChannels([
        { name: "Webshop" },
        { name: "Box office" },
      ])
      await createFlag({ name: "Everywhere", abbreviation: "ALL" })
      await createFlag({
        name: "Web only",
        abbreviation: "WEB",
        sales_channel_ids: [web.id],
      })
      await createFlag({
        name: "Box only",
        abbreviation: "BOX",
        sales_channel_ids: [box.id],
      })

      const { data }: { data: FlagList } = await api.get(
        `/admin/customer-flags?sales_channel_id=${web.id}&order=name`,
        admin
      )
      expect(data.customer_flags.map((f) => f.name)).toEqual(["Everywhere", "Web only"])
      expect(data.count).toBe(2)
    })

    it("lists the flags available to a customer: all-channel flags and those of channels they ordered in", async () => {
      const container = getContainer()
      const [web, box] = await container
        .resolve(Modules.SALES_CHANNEL)
        .createSalesChannels([{ name: "Webshop" }, { name: "Box office" }])
      await createFlag({ name: "Everywhere", abbreviation: "ALL" })
      await createFlag({ name: "Web only", abbreviation: "WEB", sales_channel_ids: [web.id] })
      await createFlag({ name: "Box only", abbreviation: "BOX", sales_channel_ids: [box.id] })
      const customer = await container
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "web@example.com" })
      const region = await container
        .resolve(Modules.REGION)
        .createRegions({ name: "Sweden", currency_code: "sek" })
      await container.resolve(Modules.ORDER).createOrders({
        region_id: region.id,
        currency_code: "sek",
        customer_id: customer.id,
        email: customer.email,
        sales_channel_id: web.id,
        items: [{ title: "Ticket", quantity: 1, unit_price: 100 }],
      })

      const { data }: { data: FlagList } = await api.get(
        `/admin/customer-flags?available_for_customer_id=${customer.id}`,
        admin
      )
      expect(data.customer_flags.map((f) => f.name)).toEqual(["Everywhere", "Web only"])
    })

    it("refuses bad paging with a 400", async () => {
      await expectError(api.get("/admin/customer-flags?limit=abc", admin), 400, /limit/)
    })
  })

  describe("GET /admin/customer-flags/:id", () => {
    it("returns one flag", async () => {
      const flag = await createFlag()
      const { data } = await api.get(`/admin/customer-flags/${flag.id}`, admin)
      expect(data.customer_flag).toEqual(expect.objectContaining({ id: flag.id, name: "VIP" }))
    })

    it("answers 404 for an unknown flag", async () => {
      await expectError(api.get("/admin/customer-flags/cflag_missing", admin), 404, /cflag_missing/)
    })
  })

  describe("POST /admin/customer-flags/:id", () => {
    it("updates fields and renames the mirrored group", async () => {
      const flag = await createFlag()
      const { data } = await api.post(
        `/admin/customer-flags/${flag.id}`,
        {
          name: "Gold",
          color: "#D4AF37",
          display: "popup",
          expiry: { type: "none" },
        },
        admin
      )
      expect(data.customer_flag).toEqual(
        expect.objectContaining({
          name: "Gold",
          abbreviation: "VIP",
          color: "#D4AF37",
          display: "popup",
          expiry: { type: "none" },
        })
      )
      const group = await getContainer()
        .resolve(Modules.CUSTOMER)
        .retrieveCustomerGroup(flag.customer_group_id)
      expect(group.name).toBe("Flag: Gold")
    })

    it("replaces the sales channels", async () => {
      const channels = getContainer().resolve(Modules.SALES_CHANNEL)
      const [web, box] = await channels.createSalesChannels([
        { name: "Webshop" },
        { name: "Box office" },
      ])
      const flag = await createFlag({ sales_channel_ids: [web.id] })
      const { data } = await api.post(
        `/admin/customer-flags/${flag.id}`,
        { sales_channel_ids: [box.id] },
        admin
      )
      expect(data.customer_flag.sales_channel_ids).toEqual([box.id])

      const cleared = await api.post(
        `/admin/customer-flags/${flag.id}`,
        { sales_channel_ids: [] },
        admin
      )
      expect(cleared.data.customer_flag.sales_channel_ids).toEqual([])
    })

    it("validates like create", async () => {
      const flag = await createFlag()
      await expectError(
        api.post(`/admin/customer-flags/${flag.id}`, { abbreviation: "ABCDE" }, admin),
        400,
        /abbreviation/
      )
      await expectError(
        api.post(`/admin/customer-flags/${flag.id}`, { color: "red" }, admin),
        400,
        /color/
      )
    })

    it("keeps a stored icon that is no longer offered, and refuses a change to one", async () => {
      // A flag saved with a logo before logos were left out of the picker.
      const flag = await createFlag()
      await getContainer()
        .resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
        .updateCustomerFlags({ id: flag.id, icon: "Github" })
      const unchanged = await api.post(
        `/admin/customer-flags/${flag.id}`,
        { name: "VIP members", icon: "Github" },
        admin
      )
      expect(unchanged.data.customer_flag).toEqual(
        expect.objectContaining({ name: "VIP members", icon: "Github" })
      )
      await expectError(
        api.post(`/admin/customer-flags/${flag.id}`, { icon: "Stripe" }, admin),
        400,
        /'icon'.*brand logos/
      )
      await expectError(
        api.post(`/admin/customer-flags/${flag.id}`, { icon: "NotAnIcon" }, admin),
        400,
        /'icon'/
      )
      await expectError(
        api.post("/admin/customer-flags/cflag_missing", { icon: "Stripe" }, admin),
        404,
        /cflag_missing/
      )
      const changed = await api.post(`/admin/customer-flags/${flag.id}`, { icon: "Trophy" }, admin)
      expect(changed.data.customer_flag.icon).toBe("Trophy")
    })

    it("answers 404 for an unknown flag and 409 for a taken name", async () => {
      const vipFlag = await createFlag()
      const staff = await createFlag({ name: "Staff", abbreviation: "ST" })
      await expectError(
        api.post("/admin/customer-flags/cflag_missing", { name: "X" }, admin),
        404,
        /cflag_missing/
      )
      await expectError(
        api.post(`/admin/customer-flags/${staff.id}`, { name: "VIP" }, admin),
        409,
        /VIP/
      )
      // Keeping one's own name is fine.
      const same = await api.post(`/admin/customer-flags/${vipFlag.id}`, { name: "VIP" }, admin)
      expect(same.status).toBe(200)
    })
  })

  describe("DELETE /admin/customer-flags/:id", () => {
    it("deletes the flag and its customer group", async () => {
      const flag = await createFlag()
      const { data } = await api.delete(`/admin/customer-flags/${flag.id}`, admin)
      expect(data).toEqual({ id: flag.id, object: "customer_flag", deleted: true })

      await expectError(
        api.get(`/admin/customer-flags/${flag.id}`, admin),
        404,
        new RegExp(flag.id)
      )
      const groups = await getContainer()
        .resolve(Modules.CUSTOMER)
        .listCustomerGroups({ id: flag.customer_group_id })
      expect(groups).toHaveLength(0)

      // The name is free again.
      const again = await createFlag()
      expect(again.id).not.toBe(flag.id)
    })

    it("answers 404 for an unknown flag", async () => {
      await expectError(
        api.delete("/admin/customer-flags/cflag_missing", admin),
        404,
        /cflag_missing/
      )
    })
  })
}
