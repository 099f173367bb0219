import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/auth"

/** Resolves to the answer of a request, failed or not (an axios error does not cross jest's workers). */
const settle = <T>(request: Promise<{ status: number; data: T }>) =>
  request.then(
    ({ status, data }) => ({ status, data }),
    (error) => ({ status: error.response?.status ?? 0, data: error.response?.data as T })
  )

const flagBody = (name: string, sales_channel_ids: string[] = []) => ({
  name,
  abbreviation: name.slice(0, 3).toUpperCase(),
  icon: "Star",
  color: "#7C3AED",
  sales_channel_ids,
})

/** Issue 14, item 1: flags and sales channels are many-to-many. */
/** A flag as the admin routes answer it: the fields this suite reads. */
type FlagAnswer = { customer_flag: { id: string; sales_channel_ids: string[] }; message?: string }

export function flagSalesChannelsTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }
  let container: MedusaContainer
  let web: { id: string }
  let box: { id: string }

  const createFlag = async (name: string, channelIds: string[] = []) => {
    const { status, data } = await settle<FlagAnswer>(
      api.post("/admin/customer-flags", flagBody(name, channelIds), admin)
    )
    expect({ status, message: data?.message }).toEqual({ status: 201, message: undefined })
    return data.customer_flag
  }
  const namesIn = async (query: string) =>
    (
      await settle<{ customer_flags: { name: string }[] }>(
        api.get(`/admin/customer-flags?${query}&order=name`, admin)
      )
    ).data.customer_flags.map((flag: { name: string }) => flag.name)

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    ;[web, box] = await container
      .resolve(Modules.SALES_CHANNEL)
      .createSalesChannels([{ name: "Webshop" }, { name: "Box office" }])
  })

  it("creates a flag on both channels", async () => {
    const flag = await createFlag("Both", [web.id, box.id])
    expect([...flag.sales_channel_ids].sort()).toEqual([web.id, box.id].sort())

    const { data } = await api.get(`/admin/customer-flags/${flag.id}`, admin)
    expect([...data.customer_flag.sales_channel_ids].sort()).toEqual([web.id, box.id].sort())
  })

  it("links a channel named twice once, on create and on update", async () => {
    const flag = await createFlag("Twice", [box.id, box.id])
    expect(flag.sales_channel_ids).toEqual([box.id])
    const { status, data } = await settle<FlagAnswer>(
      api.post(
        `/admin/customer-flags/${flag.id}`,
        { sales_channel_ids: [web.id, box.id, web.id] },
        admin
      )
    )
    expect(status).toBe(200)
    expect([...data.customer_flag.sales_channel_ids].sort()).toEqual([web.id, box.id].sort())
  })

  it("puts three flags on one channel, on create and on update", async () => {
    await createFlag("Alpha", [web.id])
    await createFlag("Beta", [web.id, box.id])
    const gamma = await createFlag("Gamma")
    const { status, data } = await settle<FlagAnswer>(
      api.post(`/admin/customer-flags/${gamma.id}`, { sales_channel_ids: [web.id] }, admin)
    )
    expect({ status, message: data?.message }).toEqual({ status: 200, message: undefined })

    expect(await namesIn(`sales_channel_id=${web.id}`)).toEqual(["Alpha", "Beta", "Gamma"])
    expect(await namesIn(`sales_channel_id=${box.id}`)).toEqual(["Beta"])
  })

  it("keeps the sales channel filters right with shared channels", async () => {
    await createFlag("Everywhere")
    await createFlag("Web only", [web.id])
    await createFlag("Box only", [box.id])
    await createFlag("Both", [web.id, box.id])
    const other = await container
      .resolve(Modules.SALES_CHANNEL)
      .createSalesChannels({ name: "Kiosk" })

    expect(await namesIn(`sales_channel_id=${web.id}`)).toEqual(["Both", "Everywhere", "Web only"])
    expect(await namesIn(`sales_channel_id=${box.id}`)).toEqual(["Both", "Box only", "Everywhere"])
    expect(await namesIn(`sales_channel_id=${other.id}`)).toEqual(["Everywhere"])

    const customer = await container
      .resolve(Modules.CUSTOMER)
      .createCustomers({ email: "box@example.com" })
    const region = await container
      .resolve(Modules.REGION)
      .createRegions({ name: "Sweden", currency_code: "sek" })
    await container.resolve(Modules.ORDER).createOrders({
      region_id: region.id,
      currency_code: "sek",
      customer_id: customer.id,
      email: customer.email,
      sales_channel_id: box.id,
      items: [{ title: "Ticket", quantity: 1, unit_price: 100 }],
    })
    expect(await namesIn(`available_for_customer_id=${customer.id}`)).toEqual([
      "Both",
      "Box only",
      "Everywhere",
    ])
  })

  it("removing one channel from a flag keeps the other, and other flags' links", async () => {
    const flag = await createFlag("Both", [web.id, box.id])
    const neighbour = await createFlag("Neighbour", [web.id])

    const { data } = await settle<FlagAnswer>(
      api.post(`/admin/customer-flags/${flag.id}`, { sales_channel_ids: [box.id] }, admin)
    )
    expect(data.customer_flag.sales_channel_ids).toEqual([box.id])
    const again = await api.get(`/admin/customer-flags/${neighbour.id}`, admin)
    expect(again.data.customer_flag.sales_channel_ids).toEqual([web.id])
    expect(await namesIn(`sales_channel_id=${web.id}`)).toEqual(["Neighbour"])
  })

  it("undoes the channel links of a failed create, leaving other flags' links", async () => {
    await createFlag("Alpha", [web.id, box.id])
    const failing = await settle(
      api.post("/admin/customer-flags", flagBody("Beta", [web.id, "sc_missing"]), admin)
    )
    expect(failing.status).toBe(404)

    expect(await namesIn(`sales_channel_id=${web.id}`)).toEqual(["Alpha"])
    const { data } = await api.get("/admin/customer-flags", admin)
    expect(data.customer_flags.map((f: { name: string }) => f.name)).toEqual(["Alpha"])
  })
}
