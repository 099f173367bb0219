import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  upsertBusinessProfileStepId,
  upsertCustomerBusinessProfileWorkflow,
} from "../../../src/workflows/customer-insights/profile"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"

export function b2bProfileTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let admin: { headers: Record<string, string> }
  let customer: { id: string }

  const path = () => `/admin/customers/${customer.id}/b2b-profile`
  const save = (body: Record<string, unknown>) => api.post(path(), body, admin)

  sharedFixtures(options, async () => {
    container = getContainer()
    admin = await createAdminUser(container)
    customer = await container
      .resolve(Modules.CUSTOMER)
      .createCustomers({ email: "ingrid@nordlys.no", first_name: "Ingrid" })
  })

  it("answers null until a profile is saved, then creates, changes and clears fields", async () => {
    expect((await api.get(path(), admin)).data).toEqual({ b2b_profile: null })

    const created = (
      await save({
        company: "Nordlys AS",
        organisation_number: "923 456 789",
        website: "https://nordlys.no",
        allowed_outstanding_amount: 50000.5,
        currency_code: "NOK",
        max_payment_days: 30,
        risk_rating: "low",
        metadata: { crm_id: "N-17" },
      })
    ).data.b2b_profile
    expect(created).toEqual({
      id: expect.stringMatching(/^cbiz_/),
      customer_id: customer.id,
      company: "Nordlys AS",
      organisation_number: "923 456 789",
      website: "https://nordlys.no",
      allowed_outstanding_amount: 50000.5,
      currency_code: "nok",
      max_payment_days: 30,
      risk_rating: "low",
      metadata: { crm_id: "N-17" },
      created_at: expect.any(String),
      updated_at: expect.any(String),
    })

    // A subset changes only those fields; the saved currency serves a new amount.
    const changed = (await save({ risk_rating: "high", allowed_outstanding_amount: 0 })).data
      .b2b_profile
    expect(changed).toEqual(
      expect.objectContaining({
        id: created.id,
        company: "Nordlys AS",
        risk_rating: "high",
        allowed_outstanding_amount: 0,
        currency_code: "nok",
        max_payment_days: 30,
      })
    )

    // null clears; a blank text reads as null.
    const cleared = (
      await save({
        website: null,
        allowed_outstanding_amount: null,
        currency_code: null,
        company: "  ",
      })
    ).data.b2b_profile
    expect(cleared).toEqual(
      expect.objectContaining({
        id: created.id,
        company: null,
        website: null,
        allowed_outstanding_amount: null,
        currency_code: null,
        organisation_number: "923 456 789",
      })
    )
    expect((await api.get(path(), admin)).data.b2b_profile).toEqual(cleared)
  })

  it("refuses bad fields with a 400 naming the field", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ company: "x".repeat(201) }, /'company'/],
      [{ organisation_number: "1".repeat(51) }, /'organisation_number'/],
      [{ website: "not a web address" }, /Field 'website' must be a URL/],
      [{ website: "ftp://nordlys.no" }, /Field 'website' must be a URL/],
      [{ allowed_outstanding_amount: -1, currency_code: "nok" }, /'allowed_outstanding_amount'/],
      [
        { allowed_outstanding_amount: 10.005, currency_code: "nok" },
        /Field 'allowed_outstanding_amount' must have at most 2 decimals/,
      ],
      [{ allowed_outstanding_amount: "100", currency_code: "nok" }, /'allowed_outstanding_amount'/],
      // Too large is said as such, not as a number with too many decimals.
      [
        { allowed_outstanding_amount: 1e308, currency_code: "nok" },
        /field 'allowed_outstanding_amount' too big, expected at most: '1000000000000'$/,
      ],
      [
        { allowed_outstanding_amount: 1_000_000_000_000.01, currency_code: "nok" },
        /field 'allowed_outstanding_amount' too big, expected at most: '1000000000000'$/,
      ],
      // Three letters, but no currency: the profile would show "ZZZ 100.00".
      [
        { allowed_outstanding_amount: 100, currency_code: "zzz" },
        /Field 'currency_code' must be a currency Medusa knows; 'zzz' is not one/,
      ],
      [
        { allowed_outstanding_amount: 100 },
        /Field 'currency_code' is required with an allowed_outstanding_amount/,
      ],
      [
        { allowed_outstanding_amount: 100, currency_code: null },
        /Field 'currency_code' is required/,
      ],
      [{ currency_code: "kroner" }, /Field 'currency_code' must be a three-letter/],
      [{ max_payment_days: 366 }, /'max_payment_days'/],
      [{ max_payment_days: -1 }, /'max_payment_days'/],
      [{ max_payment_days: 14.5 }, /'max_payment_days'/],
      [{ risk_rating: "extreme" }, /'risk_rating'/],
      [{ metadata: "crm" }, /'metadata'/],
      [{ vat_number: "NO923456789" }, /vat_number/],
    ]
    for (const [body, message] of cases) {
      await expectError(save(body), 400, message)
    }
    // Nothing was saved along the way.
    expect((await api.get(path(), admin)).data.b2b_profile).toBeNull()
  })

  it("keeps one profile when two first saves come at once", async () => {
    const responses = await Promise.all([
      save({ company: "Nordlys AS" }),
      save({ risk_rating: "medium" }),
      save({ max_payment_days: 45 }),
    ])
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200])
    expect(new Set(responses.map((r) => r.data.b2b_profile.id)).size).toBe(1)
    expect((await api.get(path(), admin)).data.b2b_profile).toEqual(
      expect.objectContaining({
        company: "Nordlys AS",
        risk_rating: "medium",
        max_payment_days: 45,
      })
    )
  })

  it("answers 404 for an unknown customer", async () => {
    await expectError(
      api.get("/admin/customers/cus_unknown/b2b-profile", admin),
      404,
      /Customer with id: cus_unknown was not found/
    )
    await expectError(
      api.post("/admin/customers/cus_unknown/b2b-profile", { company: "Ghost AB" }, admin),
      404,
      /Customer with id: cus_unknown was not found/
    )
  })

  it("needs an admin", async () => {
    await expectError(api.get(path()), 401, /Unauthorized/)
  })

  it("undoes a create and an update when a later step fails", async () => {
    const failing = () => {
      const workflow = upsertCustomerBusinessProfileWorkflow(container)
      workflow.appendAction("fail", upsertBusinessProfileStepId, {
        invoke: async () => {
          throw new Error("Forced failure")
        },
      })
      return workflow
    }

    const created = await failing().run({
      input: { customer_id: customer.id, company: "Nordlys AS" },
      throwOnError: false,
    })
    expect(created.errors[0]?.error?.message).toBe("Forced failure")
    expect((await api.get(path(), admin)).data.b2b_profile).toBeNull()

    await save({
      company: "Nordlys AS",
      allowed_outstanding_amount: 1000,
      currency_code: "nok",
      metadata: { crm_id: "N-17" },
    })
    const before = (await api.get(path(), admin)).data.b2b_profile
    const updated = await failing().run({
      input: {
        customer_id: customer.id,
        company: "Sørlys AS",
        allowed_outstanding_amount: null,
        currency_code: null,
        risk_rating: "high",
        metadata: { crm_id: "S-1", segment: "wholesale" },
      },
      throwOnError: false,
    })
    expect(updated.errors[0]?.error?.message).toBe("Forced failure")
    const after = (await api.get(path(), admin)).data.b2b_profile
    expect({ ...after, updated_at: null }).toEqual({ ...before, updated_at: null })
  })
}
