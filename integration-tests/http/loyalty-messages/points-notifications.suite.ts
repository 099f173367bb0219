import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { andWaitForNotification } from "./wait-for-notification"
import { SubscriberArgs } from "@medusajs/framework"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { adjustPointsWorkflow } from "../../../src/workflows/loyalty"
import creditPointsOnOrderPlaced from "../../../src/subscribers/order-placed-credit-points"
import { recordedNotifications } from "../../helpers/recording-notification-provider"
import { createOrder, loyaltyOf } from "../loyalty-ledger/fixtures"

export function pointsNotificationsTests({ getContainer }: MedusaSuiteOptions) {
  let container: MedusaContainer

  const customerWith = (email: string, consent: boolean) =>
    container.resolve(Modules.CUSTOMER).createCustomers({
      email,
      first_name: "Kim",
      metadata: { marketing_consent: consent },
    })

  beforeEach(async () => {
    container = getContainer()
    recordedNotifications().length = 0
    await loyaltyOf(container).updateProgramSettings({
      points_per_currency: { sek: 1 },
    })
  })

  it("notifies a consenting member of credited and adjusted points", async () => {
    const customer = await customerWith("kim@example.com", true)
    const order = await createOrder(container, {
      customer_id: customer.id,
      items: [{ quantity: 1, unit_price: 120 }],
    })
    await andWaitForNotification(container, "loyalty.points_credited", () =>
      creditPointsOnOrderPlaced({
        event: { name: "order.placed", data: { id: order.id } },
        container,
      } as SubscriberArgs<{ id: string }>)
    )
    await andWaitForNotification(container, "loyalty.points_adjusted", () =>
      adjustPointsWorkflow(container).run({
        input: {
          customer_id: customer.id,
          points: 30,
          description: "Welcome gift",
          idempotency_key: "n1",
        },
      })
    )

    const sent = recordedNotifications()
    expect(sent).toEqual([
      expect.objectContaining({
        to: "kim@example.com",
        channel: "email",
        template: "loyalty-points-credited",
        data: expect.objectContaining({
          points: 120,
          balance: { available: 0, pending: 120 },
          member_number: expect.stringMatching(/^\d{10}$/),
        }),
      }),
      expect.objectContaining({
        template: "loyalty-points-adjusted",
        data: expect.objectContaining({ points: 30, description: "Welcome gift" }),
      }),
    ])
  })

  it("sends nothing to a member who did not agree to marketing", async () => {
    const customer = await customerWith("lo@example.com", false)
    await andWaitForNotification(container, "loyalty.points_adjusted", () =>
      adjustPointsWorkflow(container).run({
        input: {
          customer_id: customer.id,
          points: 30,
          description: "Welcome gift",
          idempotency_key: "n2",
        },
      })
    )
    expect(recordedNotifications()).toEqual([])
  })
}
