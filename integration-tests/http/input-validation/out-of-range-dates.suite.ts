import { type MedusaSuiteOptions, TEST_BOOKINGS_SECRET } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import { signBookingPayload } from "../../../src/api/hooks/customer-loyalty/bookings/signature"
import { BAD_DATES } from "../../../src/utils/__tests__/bad-dates"
import { createAdminUser } from "../../helpers/auth"
import { DATE_FIELDS } from "./date-fields"

type Answer = { status: number; data: { message?: string } | undefined }

export function outOfRangeDatesTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let admin: { headers: Record<string, string> }

  sharedFixtures(options, async () => {
    admin = await createAdminUser(getContainer())
  })

  const answer = { validateStatus: () => true }

  const postBooking = (occurredAt: unknown): Promise<Answer> => {
    const raw = JSON.stringify({
      id: "bk_dates",
      customer_id: "cus_any",
      occurred_at: occurredAt,
      status: "completed",
    })
    const timestamp = String(Math.floor(Date.now() / 1000))
    return api.post("/hooks/customer-loyalty/bookings", raw, {
      ...answer,
      headers: {
        "content-type": "application/json",
        "x-loyalty-timestamp": timestamp,
        "x-loyalty-signature": signBookingPayload(TEST_BOOKINGS_SECRET, timestamp, raw),
      },
    })
  }

  /** What each field answered for a date it must refuse, when not a 400 naming it. */
  const wrongAnswers = (field: string, sent: unknown, response: Answer) => {
    const message = String(response.data?.message ?? "")
    return response.status === 400 && message.includes(field)
      ? []
      : [
          `${field} = ${JSON.stringify(sent)?.slice(0, 40)}: ${response.status} ${message.slice(0, 160)}`,
        ]
  }

  it("refuses every out-of-range or malformed date on every route with a 400 naming the field", async () => {
    expect(DATE_FIELDS.length + 1).toBeGreaterThanOrEqual(30)
    const wrong: string[] = []
    for (const target of DATE_FIELDS) {
      const responses = await Promise.all(
        BAD_DATES.map(async (value) => {
          const request = target.send(value)
          const response: Answer =
            request.method === "get"
              ? await api.get(request.path, { ...admin, ...answer, params: request.query })
              : await api.post(request.path, request.body, { ...admin, ...answer })
          return wrongAnswers(target.field, value, response).map(
            (problem) => `${target.route} ${problem}`
          )
        })
      )
      wrong.push(...responses.flat())
    }
    for (const value of BAD_DATES) {
      wrong.push(
        ...wrongAnswers("occurred_at", value, await postBooking(value)).map((p) => `bookings ${p}`)
      )
    }
    expect(wrong).toEqual([])
  })

  it("accepts the first and last days of the range on the reports and in segment rules", async () => {
    const ranges = [
      "/admin/loyalty/entries?from=1900-01-01&to=9999-12-31",
      "/admin/loyalty/entries/export?from=1900-01-01T00:00:00Z&to=9999-12-31T23:59:59.999Z",
      "/admin/loyalty/weekly?from=1900-01-01&to=1900-02-01",
      "/admin/loyalty/weekly?from=9999-12-01&to=9999-12-31",
    ]
    for (const path of ranges) {
      const response = await api.get(path, { ...admin, ...answer })
      expect([path, response.status]).toEqual([path, 200])
    }
    const preview = await api.post(
      "/admin/segments/preview",
      {
        rules: {
          all: [
            { field: "created_at", op: "between", value: ["1900-01-01", "9999-12-31"] },
            {
              field: "order_count",
              op: "gte",
              value: 0,
              window: { from: "1900-01-01", to: "9999-12-31" },
            },
          ],
        },
      },
      { ...admin, ...answer }
    )
    expect(preview.status).toBe(200)
  })
}
