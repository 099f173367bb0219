import path from "path"
import { Browser, chromium, Page } from "playwright-core"
import { recreateDatabase, startDemo } from "./demo-server"

jest.setTimeout(10 * 60 * 1000)

const SHOTS = path.join(__dirname, "../../docs/screenshots")
const PORT = Number(process.env.BROWSER_TEST_PORT ?? 9010)
const DATABASE = "medusa_customer_loyalty_browser_test"

/**
 * Drives the demo admin in Debian's Chromium: log in, create a flag on the
 * settings page, give it to a customer and see its icon on the customer page.
 */
describe("admin: customer flags in the browser", () => {
  let demo: { url: string; stop: () => Promise<void> }
  let browser: Browser
  let page: Page

  const shot = (name: string) =>
    page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false })

  beforeAll(async () => {
    await recreateDatabase(DATABASE)
    demo = await startDemo({ database: DATABASE, port: PORT })
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    })
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    page.setDefaultTimeout(60 * 1000)
  })

  afterAll(async () => {
    await browser?.close()
    await demo?.stop()
  })

  it("logs in", async () => {
    await page.goto(`${demo.url}/app/login`)
    await page.getByLabel(/email/i).fill("admin@example.com")
    await page.getByLabel(/password/i).fill("supersecret")
    await page.getByRole("button", { name: /continue|sign in|log in/i }).click()
    await page.waitForURL(/\/app\/orders/)
  })

  it("creates a flag on the settings page", async () => {
    await page.goto(`${demo.url}/app/settings/customer-flags`)
    await page.getByTestId("create-customer-flag-button").click()
    await page.getByTestId("customer-flag-form-name").fill("Member")
    await page.getByTestId("customer-flag-form-abbreviation").fill("MBR")
    await shot("flag-create")
    await page.getByTestId("customer-flag-form-submit").click()
    await page.getByRole("cell", { name: "Member", exact: true }).waitFor()
    await shot("flag-settings")
  })

  it("gives the flag to a customer and shows its icon", async () => {
    await page.goto(`${demo.url}/app/customers`)
    await page.locator("table tbody tr").first().click()
    await page.waitForURL(/\/app\/customers\/cus_/)
    // A seeded flag with display "popup" may greet us; close it if so.
    const ok = page.getByRole("button", { name: /^ok$/i })
    if (await ok.isVisible({ timeout: 3000 }).catch(() => false)) {
      await ok.click()
    }

    const widget = page.getByTestId("customer-flags-widget")
    await widget.waitFor()
    await page.getByTestId("add-customer-flag-button").click()
    await page
      .locator('[data-testid="customer-flag-option"][data-flag-name="Member"]')
      .click()
    const submit = page.getByRole("button", { name: /^(add|save|add flag)$/i })
    if (await submit.isVisible({ timeout: 2000 }).catch(() => false)) {
      await submit.click()
    }

    const icon = widget.locator(
      '[data-testid="customer-flag-icon"][data-flag-name="Member"]'
    )
    await icon.waitFor()
    expect(await icon.isVisible()).toBe(true)
    await shot("customer-flags-widget")

    await icon.click()
    await page.getByTestId("remove-customer-flag-button").waitFor()
    await shot("customer-flag-details")
  })
})
