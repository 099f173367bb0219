import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"
import { CUSTOMER_LOYALTY_MODULE } from "../../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../../src/modules/customer-loyalty/service"
import {
  createCustomerFlagsWorkflow,
  createSegmentWorkflow,
  updateCustomerFlagWorkflow,
} from "../../../src/workflows"

const vip = { name: "VIP", abbreviation: "VIP", icon: "Star", color: "#7C3AED" }
const rules = { all: [{ field: "email_domain", op: "eq", value: "example.com" }] }

// A workflow hook takes one handler, and it stays registered for the rest of
// the process: the handlers are registered once, and do something only while
// a test has switched them on (`mode`, reset after every test).
let mode: "off" | "record" | "throw" = "off"
let seen: { hook: string; input: unknown }[] = []
let registered = false

function registerHandlers() {
  if (registered) {
    return
  }
  registered = true
  const handler = (hook: string) => async (input: unknown) => {
    if (mode === "record") {
      seen.push({ hook, input })
    }
    if (mode === "throw") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Refused by the ${hook} handler`)
    }
  }
  createCustomerFlagsWorkflow.hooks.customerFlagsCreated(handler("customerFlagsCreated"))
  updateCustomerFlagWorkflow.hooks.customerFlagUpdated(handler("customerFlagUpdated"))
  createSegmentWorkflow.hooks.segmentCreated(handler("segmentCreated"))
}

/**
 * The create and update workflows expose hooks as Medusa's do: a handler
 * gets the records and the request's `additional_data`, and one that throws
 * undoes the operation.
 */
export function workflowHooksTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }
  const loyalty = () =>
    getContainer().resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const groupsNamed = async (name: string) =>
    getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ name })

  beforeAll(registerHandlers)

  sharedFixtures(options, async () => {
    admin = await createAdminUser(getContainer())
  })

  afterEach(() => {
    mode = "off"
    seen = []
  })

  it("passes the created flags and the body's additional_data to customerFlagsCreated", async () => {
    mode = "record"
    const { status, data } = await api.post(
      "/admin/customer-flags",
      { ...vip, additional_data: { crm_id: "crm_42", tags: ["gold"] } },
      admin
    )
    expect(status).toBe(201)
    expect(seen).toEqual([
      {
        hook: "customerFlagsCreated",
        input: {
          customer_flags: [expect.objectContaining({ id: data.customer_flag.id, name: "VIP" })],
          additional_data: { crm_id: "crm_42", tags: ["gold"] },
        },
      },
    ])
    // The flag itself holds nothing of additional_data.
    expect(data.customer_flag).not.toHaveProperty("additional_data")
  })

  it("creates nothing when the customerFlagsCreated handler throws", async () => {
    mode = "throw"
    await expectError(
      api.post("/admin/customer-flags", { ...vip, additional_data: { crm_id: "crm_42" } }, admin),
      400,
      /Refused by the customerFlagsCreated handler/
    )
    expect(await loyalty().listCustomerFlags({ name: "VIP" }, { withDeleted: true })).toEqual([])
    expect(await groupsNamed("Flag: VIP")).toEqual([])
  })

  it("passes the updated flag to customerFlagUpdated, and undoes the update when it throws", async () => {
    const flag = (await api.post("/admin/customer-flags", vip, admin)).data.customer_flag

    mode = "record"
    await api.post(
      `/admin/customer-flags/${flag.id}`,
      { color: "#000000", additional_data: { by: "erp" } },
      admin
    )
    expect(seen).toEqual([
      {
        hook: "customerFlagUpdated",
        input: {
          customer_flag: expect.objectContaining({ id: flag.id, color: "#000000" }),
          additional_data: { by: "erp" },
        },
      },
    ])

    mode = "throw"
    await expectError(
      api.post(`/admin/customer-flags/${flag.id}`, { name: "Gold" }, admin),
      400,
      /Refused by the customerFlagUpdated handler/
    )
    const after = (await api.get(`/admin/customer-flags/${flag.id}`, admin)).data.customer_flag
    expect(after).toEqual(expect.objectContaining({ name: "VIP", color: "#000000" }))
    expect(await groupsNamed("Flag: VIP")).toHaveLength(1)
    expect(await groupsNamed("Flag: Gold")).toEqual([])
  })

  it("passes the refreshed segment to segmentCreated, and keeps no segment when it throws", async () => {
    mode = "record"
    const { data } = await api.post(
      "/admin/segments",
      { name: "Example", rules, additional_data: { source: "crm" } },
      admin
    )
    expect(seen).toEqual([
      {
        hook: "segmentCreated",
        input: {
          segment: expect.objectContaining({
            id: data.segment.id,
            name: "Example",
            member_count: 0,
          }),
          additional_data: { source: "crm" },
        },
      },
    ])

    mode = "throw"
    await expectError(
      api.post("/admin/segments", { name: "Refused", rules }, admin),
      400,
      /Refused by the segmentCreated handler/
    )
    expect(
      await loyalty().listCustomerSegments({ name: "Refused" }, { withDeleted: true })
    ).toEqual([])
  })

  it("accepts additional_data only as an object, and still refuses unknown fields", async () => {
    await expectError(
      api.post("/admin/customer-flags", { ...vip, additional_data: "crm_42" }, admin),
      400,
      /additional_data/
    )
    await expectError(
      api.post("/admin/customer-flags", { ...vip, crm_id: "crm_42" }, admin),
      400,
      /crm_id/
    )
    const flag = (await api.post("/admin/customer-flags", { ...vip, additional_data: null }, admin))
      .data.customer_flag
    expect(flag.name).toBe("VIP")
  })
}
