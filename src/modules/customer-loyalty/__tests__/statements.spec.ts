import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOMER_LOYALTY_MODULE } from ".."
import CustomerLoyaltyModuleService from "../service"

// Booting Medusa takes seconds, or minutes on a busy two-core machine.
jest.setTimeout(180 * 1000)

moduleIntegrationTestRunner<CustomerLoyaltyModuleService>({
  moduleName: CUSTOMER_LOYALTY_MODULE,
  resolve: "./src/modules/customer-loyalty",
  testSuite: ({ service }) => {
    describe("statements built outside the module", () => {
      it("runs a statement with its values, whatever they hold", async () => {
        const odd = `it's \\ "odd"; DROP TABLE loyalty_entry; --`
        const rows = await service.runQuery<{ t: string; n: number; d: string }>({
          text: `SELECT ?::text AS t, ?::integer + 1 AS n,
                        to_char(?::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS d`,
          params: [odd, 41, new Date("2026-03-18T10:00:00Z")],
        })
        expect(rows).toEqual([{ t: odd, n: 42, d: "2026-03-18 10:00" }])
      })

      it("applies SET LOCAL settings for its statement only", async () => {
        const workMem = { text: "SELECT current_setting('work_mem') AS work_mem", params: [] }
        const [inside] = await service.runQueryWithSettings<{ work_mem: string }>(workMem, [
          "SET LOCAL work_mem = '77MB'",
          "SET LOCAL jit = off",
        ])
        expect(inside.work_mem).toBe("77MB")
        const [after] = await service.runQuery<{ work_mem: string }>(workMem)
        expect(after.work_mem).not.toBe("77MB")
        await expect(
          service.runQueryWithSettings(workMem, ["SET work_mem = '77MB'"])
        ).rejects.toThrow(/Not a transaction-local setting/)
      })

      it("keeps PostgreSQL's error code when a time limit stops the statement", async () => {
        await expect(
          service.runQueryWithSettings({ text: "SELECT pg_sleep(2)", params: [] }, [
            "SET LOCAL statement_timeout = '50ms'",
          ])
        ).rejects.toMatchObject({ code: "57014" })
      })

      it("streams a COPY of the statement to the consumer", async () => {
        const chunks: Buffer[] = []
        await service.streamCopy(
          {
            label: "statements_test",
            text: "SELECT n FROM generate_series(1, ?::integer) AS n",
            params: [1000],
            settings: ["SET LOCAL jit = off"],
          },
          async (data) => {
            for await (const chunk of data) {
              chunks.push(chunk as Buffer)
            }
          }
        )
        // Binary COPY: the signature, then 1000 rows of one int4 field.
        const bytes = Buffer.concat(chunks)
        expect(bytes.subarray(0, 11).toString("latin1")).toBe("PGCOPY\n\xff\r\n\0")
        expect(bytes.length).toBe(19 + 1000 * (2 + 4 + 4) + 2)
      })
    })
  },
})
