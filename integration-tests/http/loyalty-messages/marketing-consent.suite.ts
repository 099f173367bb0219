import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { adjustPointsWorkflow } from "../../../src/workflows/loyalty"
import { createAdminUser } from "../../helpers/auth"
import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { recordedNotifications } from "../../helpers/recording-notification-provider"
import { andWaitForNotification } from "./wait-for-notification"

/**
 * The overview's marketing column and the loyalty notifications read one
 * setting: whoever the overview shows as consenting gets the messages, and
 * no one else — for every shape the metadata value can take.
 */
export function marketingConsentTests({ api, getContainer }: MedusaSuiteOptions) {
  let container: MedusaContainer

  beforeEach(() => {
    container = getContainer()
    recordedNotifications().length = 0
  })

  it("shows as consenting exactly the customers the notifications go to", async () => {
    const admin = await createAdminUser(container)
    const metadata: [string, Record<string, unknown> | null][] = [
      ["yes@example.com", { marketing_consent: true }],
      ["no@example.com", { marketing_consent: false }],
      ["text@example.com", { marketing_consent: "true" }],
      ["one@example.com", { marketing_consent: 1 }],
      ["nested@example.com", { marketing_consent: { value: true } }],
      ["other-key@example.com", { newsletter: true }],
      ["none@example.com", null],
      ["also-yes@example.com", { marketing_consent: true, newsletter: false }],
    ]
    const customers = await container
      .resolve(Modules.CUSTOMER)
      .createCustomers(
        metadata.map(([email, meta]) => ({ email, first_name: "Kim", metadata: meta }))
      )

    for (const customer of customers) {
      await andWaitForNotification(container, "loyalty.points_adjusted", () =>
        adjustPointsWorkflow(container).run({
          input: {
            customer_id: customer.id,
            points: 10,
            description: "Welcome gift",
            idempotency_key: `consent:${customer.id}`,
          },
        })
      )
    }
    const notified = new Set(recordedNotifications().map((sent) => sent.to))

    const { data } = await api.get("/admin/customer-overview?limit=200", admin)
    const shown = new Map<string, boolean>(
      data.customers.map((row: { email: string; marketing_consent: boolean }) => [
        row.email,
        row.marketing_consent,
      ])
    )
    const consenting = metadata.map(([email]) => email).filter((email) => shown.get(email))
    expect(consenting.sort()).toEqual(["also-yes@example.com", "yes@example.com"])
    expect([...notified].sort()).toEqual(consenting.sort())
  })
}
