/**
 * Run by `medusa exec` from bench/benefits/run.js: times the plugin's work
 * in one cart action, through the module service the cart hooks call —
 * the read-only check of add-to-cart, the member prices of a promotion
 * refresh and the reserve-and-release of a cart completion — for random flagged and unflagged customers.
 */
import { ExecArgs } from "@medusajs/framework/types"
import { CUSTOMER_LOYALTY_MODULE } from "../../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../../src/modules/customer-loyalty/service"

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

export default async function checks({ container }: ExecArgs) {
  const loyalty = container.resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
  const customers = Number(process.env.BENCH_CUSTOMERS)
  const flagged = Math.ceil(customers / 3)
  const runs = Number(process.env.BENCH_RUNS ?? 1000)
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8)
  const customer = (i: number) =>
    i % 2 === 0
      ? `cus_bench_${1 + ((i * 104729) % flagged)}`
      : `cus_bench_${flagged + 1 + ((i * 104729) % (customers - flagged))}`
  // A cart: a discounted product, an early-access product, an ordinary one.
  const lines = (i: number) => [
    {
      item_id: `cali_bench_${i}_1`,
      product_id: `prod_bench_${1 + (i % 20)}`,
      variant_id: null,
      quantity: 1,
      unit_price: 500,
      product_title: "Discounted",
    },
    {
      item_id: `cali_bench_${i}_2`,
      product_id: `prod_bench_${21 + (i % 10)}`,
      variant_id: null,
      quantity: 1,
      unit_price: 500,
      product_title: "Early",
    },
    {
      item_id: `cali_bench_${i}_3`,
      product_id: `prod_bench_${31 + (i % 20)}`,
      variant_id: null,
      quantity: 2,
      unit_price: 500,
      product_title: "Ordinary",
    },
  ]

  async function measure(name: string, action: (i: number) => Promise<unknown>) {
    for (let i = 0; i < 20; i++) await action(i) // warm-up
    const times: number[] = []
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < runs) {
          const i = next++
          const t = performance.now()
          await action(i)
          times.push(performance.now() - t)
        }
      })
    )
    const seconds = (performance.now() - started) / 1000
    times.sort((a, b) => a - b)
    console.log(
      JSON.stringify({
        bench: "benefits",
        measure: name,
        runs,
        concurrency,
        p50_ms: +percentile(times, 50).toFixed(1),
        p95_ms: +percentile(times, 95).toFixed(1),
        p99_ms: +percentile(times, 99).toFixed(1),
        per_second: +(runs / seconds).toFixed(0),
      })
    )
  }

  await measure("add-to-cart check", (i) =>
    loyalty.checkBenefitPurchase({
      customer_id: customer(i),
      lines: lines(i),
      in_cart: [],
      now: new Date(),
    })
  )
  await measure("promotion refresh: member prices", (i) =>
    loyalty.planCartDiscounts({
      customer_id: customer(i),
      cart_id: `cart_bench_${i}`,
      currency_code: "sek",
      lines: lines(i),
      now: new Date(),
    })
  )
  await measure("completion: reserve and release", async (i) => {
    const cart_id = `cart_bench_${i}`
    await loyalty.reserveCartBenefits({
      customer_id: customer(i),
      cart_id,
      currency_code: "sek",
      lines: lines(i),
      now: new Date(),
    })
    await loyalty.releaseCartBenefits(cart_id)
  })
}
