import fs from "fs"
import path from "path"
import { parse as parseCsv } from "csv-parse/sync"
import { Browser, Locator, Page } from "playwright-core"
import { eventually } from "../helpers/eventually"
import { readWorkbook, sheetRecords } from "../helpers/xlsx"
import { launchChromium, openStillPage } from "./chromium"
import { recreateDatabase, startDemo } from "./demo-server"
import { screenshotsDir } from "./screenshots"
import { refusal, registerCustomer, storeApi } from "./store-api"

jest.setTimeout(30 * 60 * 1000)

// Screenshots wait in a temporary folder until every demo has stopped (screenshots.ts).
const SHOTS_TMP = screenshotsDir()
const PORT = Number(process.env.BROWSER_TEST_PORT ?? 9010)
// Two copies of the repository can run this test at once on their own port and database.
const DATABASE = process.env.BROWSER_TEST_DATABASE ?? "medusa_customer_loyalty_browser_test"

/**
 * Drives the demo admin in Debian's Chromium: log in; create a flag on the
 * settings page, give it to a customer and see its icon on the customer
 * page; find a flag of another sales channel behind the Add flag drawer's
 * switch; adjust the customer's points and see the new balance and history
 * line; open the points report, filter it and export it; build a segment of
 * big spenders with a live count, refresh it and see its flag on a member;
 * give a flag a purchase rule; give the flag early access to a product whose
 * sale starts later, and buy it early as a flagged shopper through the store
 * API, up to the limit, while a shopper without the flag cannot; filter
 * the customer overview by VIP, sort it by sales and export it; open a
 * customer and see their summary, give them a B2B profile and notes, and
 * find them again after a reload; edit a loyalty message with a variable,
 * preview it with a real member, and see the message an adjustment sent on
 * the customer page; in the overview copy a customer's ID, add a note from
 * a row's actions, hide a column and find it hidden after a reload, all
 * within 1,440 px; see a VIP's flags and benefits at the top of their
 * page and redeem a reward for them.
 */
/**
 * Whether a console message comes from the plugin's admin code rather than
 * Medusa's dashboard. In the development admin Vite serves the plugin's
 * widgets and pages from their source files, so a React warning about them
 * (a missing key, a <div> inside a <p>) carries a component stack with URLs
 * under `/src/admin/`, and so does a message logged by plugin code itself;
 * the dashboard's own code comes from `node_modules` (`.vite/deps`) and never
 * has such a URL.
 */
const fromPluginCode = (message: { text: string; url: string }) =>
  /\/src\/admin\//.test(message.text) || /\/src\/admin\//.test(message.url)

describe("the demo admin in the browser", () => {
  let demo: { url: string; stop: () => Promise<void> }
  let browser: Browser
  let page: Page
  /** Console errors and warnings of the running test, with the page they were on. */
  let consoleMessages: { type: string; text: string; url: string; page: string }[] = []

  const shot = (name: string) =>
    page.screenshot({ path: path.join(SHOTS_TMP, `${name}.png`), fullPage: false })

  beforeAll(async () => {
    await recreateDatabase(DATABASE)
    // Migrating and seeding take 3 minutes on an idle two-core machine and
    // over 8 while other test suites run beside it.
    demo = await startDemo({ database: DATABASE, port: PORT, timeoutMs: 20 * 60 * 1000 })
    browser = await launchChromium()
    page = await openStillPage(browser, { width: 1440, height: 900 })
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") {
        consoleMessages.push({
          type: message.type(),
          text: message.text(),
          url: message.location().url,
          page: page.url(),
        })
      }
    })
    page.on("pageerror", (error) => {
      consoleMessages.push({
        type: "pageerror",
        text: String(error.stack ?? error),
        url: "",
        page: page.url(),
      })
    })
    page.setDefaultTimeout(60 * 1000)
    // The first load of the development admin optimises its dependencies,
    // which takes minutes on a busy two-core machine (over 4 with eight
    // test runs beside it).
    page.setDefaultNavigationTimeout(
      Number(process.env.BROWSER_NAVIGATION_TIMEOUT_MS ?? 8 * 60 * 1000)
    )
  })

  beforeEach(() => {
    consoleMessages = []
  })

  // Every plugin page the test opens must be free of React key and DOM
  // nesting warnings and other console errors from plugin code.
  afterEach(() => {
    const fromPlugin = consoleMessages.filter(fromPluginCode)
    expect(
      fromPlugin.map(
        (message) => `[${message.type}] on ${message.page}: ${message.text.slice(0, 1500)}`
      )
    ).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
    await demo?.stop()
  })

  /**
   * The demo serves the admin through Vite in development mode, which may
   * reload a page the first time it meets new dependencies; opening each
   * page once before the test acts on it keeps those reloads out of the way.
   */
  const openSettled = async (path: string) => {
    // An open dialog or drawer would stay open over a page of the same route.
    const inApp =
      new URL(page.url()).pathname.startsWith("/app/") && !page.url().includes("/app/login")
    if (inApp && (await page.locator('[role="dialog"], [role="alertdialog"]').count()) === 0) {
      await navigateInApp(path)
      return
    }
    await page.goto(`${demo.url}${path}`)
    await page.waitForLoadState("networkidle")
  }

  /**
   * Moves to `path` inside the loaded dashboard, as a link does: the
   * dashboard's router follows history. A full `page.goto` makes the
   * development admin load its hundreds of modules again, some seconds each
   * time on a two-core machine.
   */
  const navigateInApp = async (path: string) => {
    await page.evaluate((to) => {
      const state = window.history.state as { idx?: number } | null
      window.history.pushState(
        { usr: null, key: `t${Date.now()}`, idx: (state?.idx ?? 0) + 1 },
        "",
        to
      )
      window.dispatchEvent(new PopStateEvent("popstate", { state: window.history.state }))
    }, path)
    await page.waitForURL((url) => url.pathname + url.search === path)
  }

  /**
   * Toasts sit over the top right of the page, where pages keep their
   * buttons, and stay while the pointer rests on them: wait them out.
   */
  const toastsGone = () =>
    page.locator("[data-sonner-toast]").first().waitFor({ state: "detached" })

  /**
   * A customer with a flag of display "popup" is greeted by a dialog once
   * the page has loaded their flags, which may take a while on a busy
   * machine; its overlay takes every click until it is closed. Whether it
   * comes is asked of the API, so the test waits for it exactly when it will.
   */
  const closeFlagPopup = async (customerId: string) => {
    const response = await page.request.get(`${demo.url}/admin/customers/${customerId}/flags`)
    const { flag_assignments } = await response.json()
    if (
      flag_assignments.some(
        (a: { flag: { display: string } | null }) => a.flag?.display === "popup"
      )
    ) {
      const ok = page.getByTestId("customer-flag-popup-ok")
      await ok.click()
      await ok.waitFor({ state: "detached" })
    }
  }

  /** Picks an option of a Radix select (its options live in a portal). */
  const choose = async (trigger: Locator, option: string | RegExp) => {
    await trigger.click()
    await page
      .getByRole(
        "option",
        typeof option === "string" ? { name: option, exact: true } : { name: option }
      )
      .click()
  }

  /**
   * Types a date and time into a date picker with minutes, segment by
   * segment (month, day, year, hour, minute, AM/PM as Chromium's en-US
   * shows them), in the browser's time zone, which is this machine's.
   */
  const typeDateTime = async (picker: Locator, date: Date) => {
    const hour = date.getHours() % 12 || 12
    const segments: [string, string][] = [
      ["month", String(date.getMonth() + 1)],
      ["day", String(date.getDate())],
      ["year", String(date.getFullYear())],
      ["hour", String(hour)],
      ["minute", String(date.getMinutes()).padStart(2, "0")],
      ["AM/PM", date.getHours() < 12 ? "A" : "P"],
    ]
    for (const [name, value] of segments) {
      await picker.getByRole("spinbutton", { name: new RegExp(`^${name},`) }).click()
      await page.keyboard.type(value)
    }
  }

  it("logs in", async () => {
    await openSettled("/app/login")
    // The login inputs have placeholders, not labels.
    await page.getByPlaceholder("Email").fill("admin@example.com")
    await page.getByPlaceholder("Password").fill("supersecret")
    await page.getByRole("button", { name: /continue/i }).click()
    await page.waitForURL(/\/app\/orders/)
    await page.waitForLoadState("networkidle")
  })

  it("creates a flag on the settings page", async () => {
    await openSettled("/app/settings/customer-flags")
    await page.getByTestId("create-customer-flag-button").click()
    await page.getByTestId("customer-flag-form-name").fill("Member")
    await page.getByTestId("customer-flag-form-abbreviation").fill("MBR")
    await shot("flag-create")
    await page.getByTestId("customer-flag-form-submit").click()
    await page
      .getByTestId("customer-flags-page")
      .getByText("Member", { exact: true })
      .first()
      .waitFor()
    await shot("flag-settings")
  })

  it("gives the flag to a customer and shows its icon", async () => {
    // The page's session cookie works for the admin API too.
    const response = await page.request.get(`${demo.url}/admin/customers?limit=1&order=created_at`)
    expect(response.status()).toBe(200)
    const [customer] = (await response.json()).customers
    await openSettled(`/app/customers/${customer.id}`)
    await closeFlagPopup(customer.id)

    const widget = page.getByTestId("customer-flags-widget")
    await widget.waitFor()
    await page.getByTestId("add-customer-flag-button").click()
    await page.locator('[data-testid="customer-flag-option"][data-flag-name="Member"]').click()
    await page.getByTestId("add-customer-flag-note").fill("Season ticket holder")
    await page.getByTestId("add-customer-flag-submit").click()

    const icon = widget.locator('[data-testid="customer-flag-icon"][data-flag-name="Member"]')
    await icon.waitFor()
    expect(await icon.isVisible()).toBe(true)
    // Medusa's own cards stay as they were: a flag once blanked the
    // addresses (a refetch of the customer without them) until a reload.
    const { customer: withAddresses } = await (
      await page.request.get(`${demo.url}/admin/customers/${customer.id}?fields=*addresses`)
    ).json()
    const [address] = withAddresses.addresses
    expect(address?.address_1).toEqual(expect.any(String))
    await page.waitForLoadState("networkidle")
    await page.getByText(address.address_1).first().waitFor()
    await shot("customer-flags-widget")

    await icon.click()
    await page.getByTestId("remove-customer-flag-button").waitFor()
    await shot("customer-flag-details")
  })

  it("offers a flag of another sales channel behind a switch", async () => {
    // Henrik has ordered only in the webshop; Press belongs to the box office.
    const { customers } = await (
      await page.request.get(`${demo.url}/admin/customers?q=henrik.sjoberg@example.com`)
    ).json()
    const henrik = customers[0]
    await openSettled(`/app/customers/${henrik.id}`)
    await closeFlagPopup(henrik.id)
    await page.getByTestId("add-customer-flag-button").click()
    const drawer = page.getByTestId("add-customer-flag-drawer")
    const press = drawer.locator('[data-testid="customer-flag-option"][data-flag-name="Press"]')
    await drawer.locator('[data-testid="customer-flag-option"]').first().waitFor()
    const otherChannels = drawer.getByTestId("add-customer-flag-other-channels")
    await otherChannels.waitFor()
    expect(await press.count()).toBe(0)
    expect(await drawer.getByText(/\d+ flags? belongs? to sales channels/).count()).toBe(1)

    await otherChannels.click()
    await press.waitFor()
    await shot("add-flag-other-channels")
    await page.keyboard.press("Escape")
    await drawer.waitFor({ state: "detached" })
  })
  it("adjusts a customer's points and shows the balance and the history line", async () => {
    // A seeded member: their seeded orders earned points.
    const response = await page.request.get(`${demo.url}/admin/loyalty/accounts?limit=1`)
    expect(response.status()).toBe(200)
    const [account] = (await response.json()).loyalty_accounts
    await openSettled(`/app/customers/${account.members[0].customer_id}`)
    await closeFlagPopup(account.members[0].customer_id)

    const widget = page.getByTestId("loyalty-points-widget")
    await widget.waitFor()
    const available = widget.getByTestId("loyalty-balance-available")
    const before = Number(await available.getAttribute("data-value"))

    await widget.getByTestId("loyalty-adjust-points").fill("250")
    await widget.getByTestId("loyalty-adjust-description").fill("Sorry for the late tickets")
    await widget.getByTestId("loyalty-adjust-submit").click()

    await page.waitForFunction(
      ([selector, value]) => document.querySelector(selector)?.getAttribute("data-value") === value,
      ['[data-testid="loyalty-balance-available"]', String(before + 250)] as const
    )
    const line = widget
      .locator('[data-testid="loyalty-history-row"][data-entry-type="adjust"]')
      .filter({ hasText: "Sorry for the late tickets" })
    await line.waitFor()
    expect(await line.getAttribute("data-points")).toBe("250")
    await widget.scrollIntoViewIfNeeded()
    await widget.screenshot({ path: path.join(SHOTS_TMP, "customer-loyalty-widget.png") })
  })

  it("opens the points report, filters it and exports it", async () => {
    await openSettled("/app/loyalty")
    await page.getByTestId("loyalty-report-page").waitFor()
    await page.getByTestId("loyalty-report-totals").waitFor()

    await page.getByTestId("loyalty-report-filter-type").click()
    await page.getByRole("option", { name: "Adjusted" }).click()
    await page.waitForURL(/type=adjust/)
    // The entries shown are the filtered ones once the table has re-rendered
    // with the filter and its request has answered; the adjustment made
    // above was on the first page before filtering too, so seeing it proves
    // nothing by itself.
    await page
      .locator(
        '[data-testid="loyalty-report-entries"][aria-busy="false"][data-filters*="type=adjust"]'
      )
      .waitFor()
    await page.getByText("Sorry for the late tickets").first().waitFor()
    // The totals and the chart follow the filter: adjustments only.
    await page.waitForFunction(() => {
      const value = (key: string) =>
        document.querySelector(`[data-total="${key}"]`)?.getAttribute("data-value")
      return value("earned") === "0" && Number(value("adjusted")) > 0
    })
    await page.getByTestId("loyalty-weekly-chart").getByText("Adjusted").waitFor()
    await shot("loyalty-report")

    await page.getByTestId("loyalty-report-export").click()
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("loyalty-report-export-csv").click(),
    ])
    const file = path.join(SHOTS_TMP, "export.csv")
    await download.saveAs(file)
    const csv = fs.readFileSync(file, "utf8")
    fs.rmSync(file)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    // Parsed as CSV, not split on newlines: a description may hold one.
    const rows: Record<string, string>[] = parseCsv(csv, { bom: true, columns: true })
    const column = (name: string) => rows.map((row) => row[name])
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(column("type"))).toEqual(new Set(["adjust"]))
    expect(column("description")).toContain("Sorry for the late tickets")

    // The same rows as an Excel workbook, opened with exceljs.
    await toastsGone()
    await page.getByTestId("loyalty-report-export").click()
    const [workbook] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("loyalty-report-export-xlsx").click(),
    ])
    expect(workbook.suggestedFilename()).toBe("loyalty-entries.xlsx")
    const xlsxFile = path.join(SHOTS_TMP, "export.xlsx")
    await workbook.saveAs(xlsxFile)
    const book = await readWorkbook(fs.readFileSync(xlsxFile))
    fs.rmSync(xlsxFile)
    const sheetRows = sheetRecords(book.getWorksheet("Points")!)
    expect(sheetRows).toHaveLength(rows.length)
    expect(new Set(sheetRows.map((row) => row.type))).toEqual(new Set(["adjust"]))
    expect(sheetRows.map((row) => row.description)).toContain("Sorry for the late tickets")
    expect(
      sheetRows.every((row) => row.created_at instanceof Date && typeof row.points === "number")
    ).toBe(true)
  })

  it("builds a segment of big spenders, refreshes it and flags its members", async () => {
    await openSettled("/app/segments")
    await page.getByTestId("segments-page").waitFor()
    await page.getByTestId("create-segment-button").click()
    await page.getByTestId("segment-form-name").fill("Big spenders")
    await page
      .getByTestId("segment-form-description")
      .fill("Spent 1,000 SEK or more in the last year.")

    // The builder offers what GET /admin/segments/fields lists.
    await page.getByTestId("segment-add-condition").click()
    const condition = page.getByTestId("segment-condition").first()
    await choose(condition.getByTestId("segment-condition-field"), "Total spent")
    await choose(condition.getByTestId("segment-condition-op"), "at least")
    await condition.getByTestId("segment-condition-value").fill("1000")
    await choose(condition.getByTestId("segment-condition-currency"), "SEK")
    await choose(condition.getByTestId("segment-condition-window"), "in the last…")
    await condition.getByTestId("segment-condition-window-days").fill("365")

    // The live count follows the rules (debounced POST /admin/segments/preview).
    await page.waitForFunction(() => {
      const count = document.querySelector('[data-testid="segment-live-count"]')
      return (
        count?.getAttribute("data-state") === "ready" &&
        Number(count.getAttribute("data-count")) > 0
      )
    })
    const liveCount = Number(
      await page.getByTestId("segment-live-count").getAttribute("data-count")
    )
    expect(liveCount).toBeGreaterThan(0)
    await page.getByTestId("segment-live-sample").waitFor()

    await choose(page.getByTestId("segment-form-flag"), /VIP/)
    await page.getByTestId("segment-live-count").scrollIntoViewIfNeeded()
    await shot("segment-create")
    await page.getByTestId("segment-form-submit").click()

    const row = page.getByTestId("segments-page").getByText("Big spenders", { exact: true })
    await row.waitFor()
    await toastsGone()
    await shot("segments")
    await row.click()
    await page.waitForURL(/\/app\/segments\/cseg_/)
    await page.getByTestId("segment-page").waitFor()
    await page.getByTestId("segment-rule-line").first().waitFor()
    expect(await page.getByTestId("segment-rule-line").first().textContent()).toContain(
      "in the last 365 days"
    )

    // Saving refreshed the segment, so a refresh now finds few or no changes;
    // its toast says what changed and how many members there are.
    await page.getByTestId("segment-refresh").click()
    await page.getByText(/(entered|left); [\d,]+ members?/).waitFor()
    const members = page.getByTestId("segment-member-link")
    await members.first().waitFor()
    const memberCount = page.locator('[data-testid="segment-member-count"] [data-value]')
    expect(Number(await memberCount.getAttribute("data-value"))).toBe(liveCount)
    await toastsGone()
    await shot("segment-detail")

    // A member who got VIP from the segment (the seed gave VIP by hand to a few).
    const ids = await members.evaluateAll((links) =>
      links.map((link) => link.getAttribute("data-customer-id")!)
    )
    let flagged: string | undefined
    for (const id of ids) {
      const response = await page.request.get(`${demo.url}/admin/customers/${id}/flags`)
      const { flag_assignments } = await response.json()
      if (
        flag_assignments.some(
          (assignment: { source: string; flag: { name: string } | null }) =>
            assignment.source === "segment" && assignment.flag?.name === "VIP"
        )
      ) {
        flagged = id
        break
      }
    }
    expect(flagged).toBeDefined()

    await page.locator(`[data-testid="segment-member-link"][data-customer-id="${flagged}"]`).click()
    await page.waitForURL(new RegExp(`/app/customers/${flagged}`))
    await closeFlagPopup(flagged!)
    const widget = page.getByTestId("customer-flags-widget")
    await widget.waitFor()
    const vip = widget.locator('[data-testid="customer-flag-icon"][data-flag-name="VIP"]')
    await vip.waitFor()
    await vip.click()
    const details = page.getByTestId("customer-flag-details")
    await details.getByText("Segment", { exact: true }).waitFor()
    await shot("segment-member-flag")
  })

  it("gives a flag a purchase rule in its Connections tab", async () => {
    await openSettled("/app/settings/customer-flags")
    await page.getByTestId("customer-flags-page").getByText("VIP", { exact: true }).first().click()
    await page.getByTestId("customer-flag-tab-connections").click()
    await page.getByTestId("flag-connections-products-add").click()
    await page.getByTestId("flag-connections-products-search-option").first().click()
    await page.keyboard.press("Escape")
    await page.getByTestId("flag-connections-min-quantity").fill("2")
    await choose(page.getByTestId("flag-connections-window"), "in the last…")
    await page.getByTestId("flag-connections-window-days").fill("90")
    await shot("flag-connections")
    await page.getByTestId("flag-connections-submit").click()
    await page.getByText('The purchase rule of "VIP" was saved').waitFor()

    const response = await page.request.get(`${demo.url}/admin/customer-flags?q=VIP`)
    const [flag] = (await response.json()).customer_flags
    expect(flag.purchase_rule).toMatchObject({
      min_quantity: 2,
      window: { days: 90 },
    })
    expect(flag.purchase_rule.product_ids).toHaveLength(1)
  })

  it("gives VIP early access to a product before its sale start, up to 2 items, and refuses others", async () => {
    // The flag's Benefits tab: early access to Hamlet from now, 2 items per product.
    await openSettled("/app/settings/customer-flags")
    await page.getByTestId("customer-flags-page").getByText("VIP", { exact: true }).first().click()
    await page.getByTestId("customer-flag-tab-benefits").click()
    const panel = page.getByTestId("benefits-panel")
    await panel.getByTestId("benefit-add").click()
    await panel.getByTestId("benefit-kind-early_access").click()
    await panel.getByTestId("benefit-title").fill("VIP presale")
    await panel.getByTestId("benefit-products-add").click()
    const search = page.getByTestId("benefit-products-search")
    await search.getByRole("searchbox").fill("Hamlet")
    await search.getByRole("option", { name: /^Hamlet/ }).click()
    await page.keyboard.press("Escape")
    await panel.getByTestId("benefit-early-access-now").click()
    await choose(panel.getByTestId("benefit-form-items-limit"), "At most…")
    await panel.getByTestId("benefit-max-quantity").fill("2")
    expect(await panel.getByTestId("benefit-limits-summary").textContent()).toBe(
      "Each customer may buy 2 items of each product early."
    )
    await shot("benefit-early-access")
    await panel.getByTestId("benefit-form-submit").click()
    const row = panel.locator('[data-testid="benefit-row"][data-title="VIP presale"]')
    await row.waitFor()
    expect(await row.getAttribute("data-kind")).toBe("early_access")
    expect(await row.getByTestId("benefit-row-limits").textContent()).toBe("2 items per product")
    expect(await row.getByTestId("benefit-row-summary").textContent()).toContain("1 product")
    await toastsGone()
    await shot("flag-benefits")

    const [vip] = (await (await page.request.get(`${demo.url}/admin/customer-flags?q=VIP`)).json())
      .customer_flags
    const { benefits } = await (
      await page.request.get(`${demo.url}/admin/benefits?flag_id=${vip.id}`)
    ).json()
    const benefit = benefits.find((b: { title: string }) => b.title === "VIP presale")
    expect(benefit).toMatchObject({
      kind: "early_access",
      max_quantity: 2,
      quantity_scope: "per_product",
      max_products: null,
    })
    expect(benefit.product_ids).toHaveLength(1)
    expect(new Date(benefit.early_access_from).getTime()).toBeLessThanOrEqual(Date.now())
    const productId: string = benefit.product_ids[0]

    // The product's page: a public sale start a month from now, and VIP's early access listed.
    await openSettled(`/app/products/${productId}`)
    const widget = page.getByTestId("product-sale-start-widget")
    await widget.getByTestId("product-sale-start-value").waitFor()
    expect(await widget.getByTestId("product-sale-start-value").textContent()).toBe(
      "On sale now — no sale start set"
    )
    await widget.getByRole("button", { name: "Sale start actions" }).click()
    await page.getByTestId("product-sale-start-edit").click()
    const saleStart = new Date()
    saleStart.setDate(saleStart.getDate() + 30)
    saleStart.setHours(10, 0, 0, 0)
    await typeDateTime(page.getByTestId("product-sale-start-input"), saleStart)
    await page.getByTestId("product-sale-start-submit").click()
    await widget.locator('[data-testid="product-sale-start-value"][data-value]').waitFor()
    const saved = await widget.getByTestId("product-sale-start-value").getAttribute("data-value")
    expect(new Date(saved!).getTime()).toBe(saleStart.getTime())
    const earlyAccess = widget.locator('[data-testid="product-early-access-row"][data-owner="VIP"]')
    await earlyAccess.waitFor()
    expect(await earlyAccess.textContent()).toContain("VIP presale")
    expect(await earlyAccess.textContent()).toContain("2 items per product")
    await toastsGone()
    await widget.screenshot({ path: path.join(SHOTS_TMP, "product-sale-start.png") })

    // The store API, as a storefront calls it.
    const { api_keys } = await (
      await page.request.get(`${demo.url}/admin/api-keys?type=publishable&limit=20`)
    ).json()
    const key = (
      api_keys.find((k: { title: string }) => k.title === "Webshop storefront") ?? api_keys[0]
    ).token as string
    const { product } = await (
      await page.request.get(`${demo.url}/admin/products/${productId}?fields=title,*variants`)
    ).json()
    const variantId: string = product.variants[0].id
    const { regions } = await storeApi(demo.url, key).get<{
      regions: { id: string; currency_code: string }[]
    }>("/store/regions")
    const sweden = regions.find((region) => region.currency_code === "sek")!
    const stamp = Date.now()

    // A VIP shopper buys 2 early; a third is refused, saying where the two are.
    const vera = await registerCustomer(demo.url, key, `vera.${stamp}@example.com`)
    const assigned = await page.request.post(
      `${demo.url}/admin/customers/${vera.customer.id}/flags`,
      {
        data: { flag_id: vip.id },
      }
    )
    expect(assigned.status()).toBe(201)
    const { cart } = await vera.api.post<{ cart: { id: string } }>("/store/carts", {
      region_id: sweden.id,
    })
    await vera.api.post(`/store/carts/${cart.id}/line-items`, {
      variant_id: variantId,
      quantity: 2,
    })
    const third = await refusal(
      vera.api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
    )
    expect(third.status).toBe(400)
    expect(third.message).toContain(
      `Your early access "VIP presale" allows 2 of "${product.title}" before the public sale on `
    )
    expect(third.message).toMatch(/: 2 of your 2 are in your cart\.$/)

    // …and checks out with the system payment provider.
    await vera.api.post(`/store/carts/${cart.id}`, {
      email: vera.customer.email,
      shipping_address: {
        first_name: "Vera",
        last_name: "Shopper",
        address_1: "Scengatan 1",
        city: "Stockholm",
        postal_code: "111 22",
        country_code: "se",
      },
    })
    const { shipping_options } = await vera.api.get<{
      shipping_options: { id: string; name: string }[]
    }>(`/store/shipping-options?cart_id=${cart.id}`)
    const eTicket =
      shipping_options.find((option) => option.name === "E-ticket") ?? shipping_options[0]
    await vera.api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: eTicket.id })
    const { payment_collection } = await vera.api.post<{ payment_collection: { id: string } }>(
      "/store/payment-collections",
      { cart_id: cart.id }
    )
    await vera.api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
    const completed = await vera.api.post<{ type: string; order: { items: unknown[] } }>(
      `/store/carts/${cart.id}/complete`
    )
    expect(completed.type).toBe("order")
    expect(completed.order.items).toEqual([
      expect.objectContaining({ variant_id: variantId, quantity: 2 }),
    ])

    // A shopper without the flag cannot add it before the sale start.
    const noah = await registerCustomer(demo.url, key, `noah.${stamp}@example.com`)
    const { cart: noahCart } = await noah.api.post<{ cart: { id: string } }>("/store/carts", {
      region_id: sweden.id,
    })
    const early = await refusal(
      noah.api.post(`/store/carts/${noahCart.id}/line-items`, {
        variant_id: variantId,
        quantity: 1,
      })
    )
    expect(early.status).toBe(400)
    expect(early.message).toContain("goes on sale")
    expect(early.message).toBe(
      `"${product.title}" goes on sale on ${saleStart.toISOString().slice(0, 16).replace("T", " ")} UTC.`
    )
  })
  /** Waits until the overview shows the rows of a query (its request answered, no older rows kept). */
  const overviewShows = async (...parts: string[]) => {
    const query = parts.map((part) => `[data-query*="${part}"]`).join("")
    await page
      .locator(`[data-testid="customer-overview-page"][aria-busy="false"]${query}`)
      .waitFor()
  }

  it("filters the customer overview by VIP, sorts it by sales and exports what it shows", async () => {
    const [vip] = (await (await page.request.get(`${demo.url}/admin/customer-flags?q=VIP`)).json())
      .customer_flags
    await openSettled("/app/customers")
    // Under Customers in the sidebar.
    await page.getByRole("link", { name: "Customer overview" }).click()
    await page.waitForURL(/\/app\/customer-overview/)
    const overview = page.getByTestId("customer-overview-page")
    await overviewShows("order=-sales_total")

    const flags = page.getByTestId("customer-overview-filter-flags")
    await flags.click()
    await page
      .locator('[data-testid="customer-overview-filter-flags-option"][data-flag-name="VIP"]')
      .click()
    await page.keyboard.press("Escape")
    await page.waitForURL(new RegExp(`flag_id=${vip.id}`))

    // Biggest spenders first is the default; a click on Sales turns it round.
    await overview.locator("thead button", { hasText: "Sales" }).click()
    await page.waitForURL(/order=sales_total/)
    await overviewShows(`flag_id=${vip.id}`, "order=sales_total&")

    const api = await (
      await page.request.get(
        `${demo.url}/admin/customer-overview?flag_id=${vip.id}&order=sales_total&limit=200`
      )
    ).json()
    expect(api.count).toBeGreaterThanOrEqual(6)
    const rows = overview.locator("tbody tr")
    expect(await rows.count()).toBe(Math.min(api.count, 20))
    for (const row of await rows.all()) {
      expect(await row.locator('[data-flag-name="VIP"]').count()).toBe(1)
    }
    const shown = (
      await overview
        .getByTestId("customer-overview-sales")
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-value")))
    ).map(Number)
    expect(shown).toEqual([...shown].sort((a, b) => a - b))
    // The VIPs are the demo's biggest spenders: their figures come from the
    // seeded orders (all zero once, when the demo built no order facts).
    expect(shown.filter((value) => value > 0).length).toBeGreaterThanOrEqual(6)
    await toastsGone()
    await shot("customer-overview")

    await page.getByTestId("customer-overview-export").click()
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("customer-overview-export-csv").click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/)
    const file = path.join(SHOTS_TMP, "customers.csv")
    await download.saveAs(file)
    const csv = fs.readFileSync(file, "utf8")
    fs.rmSync(file)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const [header] = parseCsv(csv, { bom: true, to_line: 1 }) as string[][]
    expect(header).toEqual(
      expect.arrayContaining(["id", "email", "company", "sales_total", "order_count", "flags"])
    )
    const exported: Record<string, string>[] = parseCsv(csv, { bom: true, columns: true })
    expect(exported.map((row) => row.id)).toEqual(api.customers.map((c: { id: string }) => c.id))
    for (const row of exported) {
      expect(row.flags.split(", ")).toContain("VIP")
    }
    const totals = exported.map((row) => Number(row.sales_total))
    expect(totals).toEqual([...totals].sort((a, b) => a - b))
  })

  it("shows a customer's summary, and keeps their B2B profile and notes across a reload", async () => {
    // The biggest VIP spender, opened from the overview.
    await openSettled("/app/customer-overview")
    const overview = page.getByTestId("customer-overview-page")
    await overviewShows("order=-sales_total")
    const [vip] = (await (await page.request.get(`${demo.url}/admin/customer-flags?q=VIP`)).json())
      .customer_flags
    const { customers } = await (
      await page.request.get(`${demo.url}/admin/customer-overview?flag_id=${vip.id}&limit=1`)
    ).json()
    const customer = customers[0]
    await page.goto(`${demo.url}/app/customer-overview?flag_id=${vip.id}`)
    await overviewShows(`flag_id=${vip.id}`)
    await overview.locator("tbody tr").first().click()
    await page.waitForURL(new RegExp(`/app/customers/${customer.id}`))
    await closeFlagPopup(customer.id)

    // At a glance: the same figures as the API's, and the VIP flag.
    const { summary } = await (
      await page.request.get(`${demo.url}/admin/customers/${customer.id}/summary`)
    ).json()
    const card = page.getByTestId("customer-summary-widget")
    await card.getByTestId("customer-summary-orders").locator("[data-value]").first().waitFor()
    expect(
      Number(
        await card
          .getByTestId("customer-summary-orders")
          .locator("[data-value]")
          .first()
          .getAttribute("data-value")
      )
    ).toBe(summary.order_count)
    expect(summary.order_count).toBeGreaterThan(0)
    const sales = summary.sales.find(
      (line: { currency_code: string }) => line.currency_code === customer.currency_code
    )
    const total = card.locator(
      `[data-testid="customer-summary-total"][data-currency="${customer.currency_code}"]`
    )
    expect(Number(await total.getAttribute("data-value"))).toBe(sales.total)
    expect(sales.total).toBe(customer.sales_total)
    await card.locator('[data-testid="customer-summary-flag"][data-flag-name="VIP"]').waitFor()
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: path.join(SHOTS_TMP, "customer-summary.png") })

    // A B2B profile, edited in its drawer.
    const profile = page.getByTestId("b2b-profile-widget")
    await profile.getByRole("button", { name: "B2B profile actions" }).click()
    await page.getByTestId("b2b-profile-edit").click()
    const drawer = page.getByTestId("b2b-profile-drawer")
    await drawer.getByTestId("b2b-profile-company").fill("Nordscen Events AB")
    await drawer.getByTestId("b2b-profile-organisation-number").fill("556677-8899")
    await drawer.getByTestId("b2b-profile-website").fill("nordscen-events.se")
    await drawer.getByTestId("b2b-profile-amount").fill("50000")
    await drawer.getByTestId("b2b-profile-payment-days").fill("30")
    await choose(drawer.getByTestId("b2b-profile-risk-rating"), "Medium risk")
    await shot("customer-b2b-profile-edit")
    await drawer.getByTestId("b2b-profile-drawer-submit").click()
    await drawer.waitFor({ state: "detached" })
    await profile.getByTestId("b2b-profile-company-value").getByText("Nordscen Events AB").waitFor()

    // Notes: one added and edited, one added and deleted.
    const notes = page.getByTestId("customer-notes-widget")
    /** Adds a note; the locator follows it by id, whatever its text becomes. */
    const addNote = async (text: string) => {
      await notes.getByTestId("customer-note-body-input").fill(text)
      await notes.getByTestId("customer-note-add").click()
      const added = notes.locator('[data-testid="customer-note"]').filter({ hasText: text })
      await added.waitFor()
      return notes.locator(`[data-note-id="${await added.getAttribute("data-note-id")}"]`)
    }
    const edited = await addNote("Invoices go to ekonomi@nordscen-events.se")
    expect(await edited.getAttribute("data-mine")).toBe("true")
    await edited.getByRole("button", { name: "Note actions" }).click()
    await page.getByTestId("customer-note-edit").click()
    await edited
      .getByTestId("customer-note-edit-body")
      .fill("Invoices go to faktura@nordscen-events.se")
    await edited.getByTestId("customer-note-edit-save").click()
    await edited.getByTestId("customer-note-edited").waitFor()
    expect(await edited.getByTestId("customer-note-body").textContent()).toBe(
      "Invoices go to faktura@nordscen-events.se"
    )
    const dropped = await addNote("Call before the gala")
    await dropped.getByRole("button", { name: "Note actions" }).click()
    await page.getByTestId("customer-note-delete").click()
    await page.getByRole("button", { name: "Delete", exact: true }).click()
    await dropped.waitFor({ state: "detached" })

    // After a reload, from the server.
    await page.reload()
    await page.waitForLoadState("networkidle")
    await closeFlagPopup(customer.id)
    await profile.getByTestId("b2b-profile-company-value").getByText("Nordscen Events AB").waitFor()
    expect(await profile.getByTestId("b2b-profile-risk-badge").getAttribute("data-value")).toBe(
      "medium"
    )
    expect(await profile.getByTestId("b2b-profile-payment-days-value").textContent()).toBe(
      "30 days"
    )
    await edited.getByTestId("customer-note-edited").waitFor()
    expect(await notes.getByTestId("customer-note-author").first().textContent()).toBeTruthy()
    expect(
      await notes
        .locator('[data-testid="customer-note"]')
        .filter({ hasText: "Call before the gala" })
        .count()
    ).toBe(0)
    await toastsGone()
    await profile.scrollIntoViewIfNeeded()
    await profile.screenshot({ path: path.join(SHOTS_TMP, "customer-b2b-profile.png") })

    // The history: the deleted note comes back, marked, with the edit's earlier text.
    await notes.getByTestId("customer-notes-show-deleted").click()
    const deleted = notes.locator('[data-testid="customer-note"][data-deleted="true"]').filter({
      hasText: "Call before the gala",
    })
    await deleted.getByTestId("customer-note-deleted").waitFor()
    await edited
      .getByTestId("customer-note-revisions")
      .getByText("ekonomi@nordscen-events.se")
      .waitFor()
    await notes.scrollIntoViewIfNeeded()
    await notes.screenshot({ path: path.join(SHOTS_TMP, "customer-notes.png") })

    // Everything the plugin holds on the customer, as JSON.
    await profile.getByRole("button", { name: "B2B profile actions" }).click()
    const [data] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("customer-data-export").click(),
    ])
    const json = path.join(SHOTS_TMP, "customer-data.json")
    await data.saveAs(json)
    const exported = fs.readFileSync(json, "utf8")
    fs.rmSync(json)
    expect(exported).toContain(customer.id)
    expect(exported).toContain("Nordscen Events AB")
    expect(exported).toContain("faktura@nordscen-events.se")

    // The company is searchable in the overview, from a shared address.
    await page.goto(`${demo.url}/app/customer-overview?q=Nordscen%20Events`)
    await overviewShows("q=Nordscen")
    const rows = overview.locator("tbody tr")
    expect(await rows.count()).toBe(1)
    await rows.first().getByText("Nordscen Events AB").waitFor()
    await page.goto(`${demo.url}/app/customers/${customer.id}`)
    await closeFlagPopup(customer.id)
    await page.getByTestId("customer-summary-widget").locator("[data-value]").first().waitFor()
    await page.getByTestId("customer-notes-widget").getByTestId("customer-note").first().waitFor()
    await toastsGone()
    await shot("customer-page")
  })

  it("edits a loyalty message with a variable, previews it with a real member, and shows a sent one on the customer page", async () => {
    const selma = (
      await (await page.request.get(`${demo.url}/admin/customers?q=selma.falk@example.com`)).json()
    ).customers[0]

    await openSettled("/app/settings/loyalty/messages")
    const messages = page.getByTestId("loyalty-messages-page")
    const adjusted = messages.getByTestId("loyalty-message-points_adjusted")
    const subject = adjusted.getByTestId("loyalty-message-points_adjusted-subject")
    // The seeded English message is there to edit.
    await page.waitForFunction(
      (selector) => !!(document.querySelector(selector) as HTMLInputElement | null)?.value,
      '[data-testid="loyalty-message-points_adjusted-subject"]'
    )
    await subject.fill(" points for you, ")
    // A click on a variable inserts it where the cursor is; a number with its filter.
    await subject.press("Home")
    await messages.getByTestId("loyalty-message-variable-points").click()
    await subject.press("End")
    await messages.getByTestId("loyalty-message-variable-first_name").click()
    expect(await subject.inputValue()).toBe(
      "{{ points | number }} points for you, {{ first_name }}"
    )

    const preview = page.getByTestId("loyalty-message-preview")
    await preview.getByRole("searchbox").fill("Selma")
    // By name: until the search answers, the list still shows the first members.
    await preview
      .getByTestId("loyalty-message-preview-member-option")
      .filter({ hasText: "Selma Falk" })
      .first()
      .click()
    await preview
      .getByTestId("loyalty-message-preview-subject")
      .filter({ hasText: /points for you, Selma$/ })
      .waitFor()

    // An unknown variable is named in the preview before anything is saved.
    await subject.fill("Hi {{ nickname }}")
    // In words, not as the field's path.
    await preview
      .getByTestId("loyalty-message-preview-error")
      .getByText(/^The subject uses unknown variable 'nickname'/)
      .waitFor()
    await subject.fill("{{ points | number }} points for you, {{ first_name }}")
    await preview
      .getByTestId("loyalty-message-preview-subject")
      .filter({ hasText: /points for you, Selma$/ })
      .waitFor()
    await messages.getByTestId("loyalty-messages-save").click()
    await page.getByText("The en messages were saved").waitFor()
    await toastsGone()
    await shot("loyalty-messages")

    // Selma agreed to marketing and reads Swedish: an adjustment sends her the Swedish message.
    await openSettled(`/app/customers/${selma.id}`)
    await closeFlagPopup(selma.id)
    const widget = page.getByTestId("loyalty-points-widget")
    await widget.getByTestId("loyalty-adjust-points").fill("40")
    await widget.getByTestId("loyalty-adjust-description").fill("Thanks for the review")
    await widget.getByTestId("loyalty-adjust-submit").click()
    const card = page.getByTestId("customer-loyalty-messages")
    const sent = card
      .getByTestId("customer-loyalty-message")
      .filter({ hasText: "Dina poäng hos Nordscen har ändrats" })
    // The card refreshes itself; a reload is quicker on a busy machine.
    await page.waitForTimeout(3000)
    await page.reload()
    await closeFlagPopup(selma.id)
    await sent.first().waitFor()
    await sent.first().locator("summary").click()
    await sent
      .first()
      .getByText(/ändrat ditt saldo med 40 poäng: Thanks for the review/)
      .waitFor()
    await toastsGone()
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: path.join(SHOTS_TMP, "customer-loyalty-messages.png") })
  })

  it("helps a merchant's first hour: builder errors in words, members on save, Deduct points, currencies, UI icons", async () => {
    // The segment builder: nothing in red before anything is typed.
    await openSettled("/app/segments")
    await page.getByTestId("create-segment-button").click()
    await page.getByTestId("segment-form-name").fill("Regular spenders")
    await page.getByTestId("segment-add-condition").click()
    const condition = page.getByTestId("segment-condition").first()
    await choose(condition.getByTestId("segment-condition-field"), "Total spent")
    await choose(condition.getByTestId("segment-condition-op"), "at least")
    expect(await page.getByTestId("segment-condition-error").count()).toBe(0)
    // Saving an unfinished condition says what is missing, in words, beside it.
    await page.getByTestId("segment-form-submit").click()
    const error = condition.getByTestId("segment-condition-error")
    await error.waitFor()
    expect(await error.textContent()).toBe("Enter an amount.")
    expect(await page.getByText(/rules\.all\[|Field '/).count()).toBe(0)
    await shot("segment-builder-error")
    // Typed and left: the error goes, the live count comes.
    await condition.getByTestId("segment-condition-value").fill("500")
    await choose(condition.getByTestId("segment-condition-currency"), "SEK")
    await error.waitFor({ state: "detached" })
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="segment-live-count"]')?.getAttribute("data-state") ===
        "ready"
    )
    const expected = Number(await page.getByTestId("segment-live-count").getAttribute("data-count"))
    expect(expected).toBeGreaterThan(0)

    // Saved, it has its members at once: in the toast and in the list.
    await page.getByTestId("segment-form-submit").click()
    await page.getByText(/Segment "Regular spenders" was created with [\d,]+ members/).waitFor()
    const row = page.locator("tbody tr").filter({ hasText: "Regular spenders" })
    await row.waitFor()
    expect(Number(await row.getByTestId("segment-row-members").getAttribute("data-value"))).toBe(
      expected
    )
    await shot("segment-saved-with-members")
    await toastsGone()

    // Refresh says what it changed.
    await row.click()
    await page.getByTestId("segment-page").waitFor()
    await page.getByTestId("segment-refresh").click()
    await page.getByText(/No one entered or left; [\d,]+ members\./).waitFor()
    await toastsGone()

    // The adjust form names a deduction and groups the digits.
    const response = await page.request.get(`${demo.url}/admin/loyalty/accounts?limit=1`)
    const [account] = (await response.json()).loyalty_accounts
    await openSettled(`/app/customers/${account.members[0].customer_id}`)
    await closeFlagPopup(account.members[0].customer_id)
    const widget = page.getByTestId("loyalty-points-widget")
    const points = widget.getByTestId("loyalty-adjust-points")
    const submit = widget.getByTestId("loyalty-adjust-submit")
    await points.fill("1250")
    expect(await submit.textContent()).toBe("Add points")
    await points.fill("-1250")
    expect(await submit.textContent()).toBe("Deduct points")
    await widget.getByTestId("loyalty-adjust-description").click()
    // Chromium here speaks en-US.
    expect(await points.inputValue()).toBe("-1,250")
    expect(await points.getAttribute("data-value")).toBe("-1250")
    await widget.getByTestId("loyalty-adjust-description").fill("Wrong ticket count")
    await points.scrollIntoViewIfNeeded()
    await widget.screenshot({ path: path.join(SHOTS_TMP, "loyalty-adjust-deduct.png") })
    await points.fill("")
    await widget.getByTestId("loyalty-adjust-description").fill("")

    // A reward's currency is one of the store's.
    const store = (
      await (
        await page.request.get(`${demo.url}/admin/stores?fields=supported_currencies.currency_code`)
      ).json()
    ).stores[0]
    const storeCurrencies: string[] = store.supported_currencies.map(
      (c: { currency_code: string }) => c.currency_code
    )
    await openSettled("/app/settings/loyalty")
    await page.getByTestId("loyalty-reward-create").click()
    const modal = page.getByTestId("loyalty-reward-create-modal")
    await modal.getByTestId("loyalty-reward-currency").click()
    const options = page.getByRole("option")
    await options.first().waitFor()
    const offered = (await options.allTextContents()).map((text) => text.slice(0, 3).toLowerCase())
    expect(offered.sort()).toEqual([...storeCurrencies].sort())
    await shot("reward-currency-select")
    await page.keyboard.press("Escape")
    await page.keyboard.press("Escape")
    await modal.waitFor({ state: "detached" })

    // The flag icon picker offers UI icons, no brand logos.
    await openSettled("/app/settings/customer-flags")
    await page.getByTestId("create-customer-flag-button").click()
    const picker = page.getByTestId("customer-flag-icon-picker")
    await picker.locator('[data-icon-name="Star"]').waitFor()
    for (const logo of ["Stripe", "Github", "Visa", "Medusa"]) {
      expect(await picker.locator(`[data-icon-name="${logo}"]`).count()).toBe(0)
    }
    await picker.getByLabel("Search icons").fill("git")
    await picker.getByText('No icons match "git"').waitFor()
    await picker.getByLabel("Search icons").fill("tro")
    await picker.locator('[data-icon-name="Trophy"]').waitFor()
    await shot("flag-icon-picker")
    await page.keyboard.press("Escape")
  })

  it("sets a member identifier, finds the member by it, and removes a household member", async () => {
    // A household of two seeded members, put together through the admin API.
    const listed = await page.request.get(
      `${demo.url}/admin/loyalty/accounts?status=active&limit=2`
    )
    const [home, other] = (await listed.json()).loyalty_accounts
    const ownerId: string = home.members[0].customer_id
    const leaverId: string = other.members[0].customer_id
    const joined = await page.request.post(
      `${demo.url}/admin/loyalty/accounts/${home.id}/members`,
      {
        data: { customer_id: leaverId },
      }
    )
    expect(joined.status()).toBe(200)
    const pooled = (await joined.json()).loyalty_account.balance.available

    await openSettled(`/app/customers/${ownerId}`)
    await closeFlagPopup(ownerId)
    const widget = page.getByTestId("loyalty-points-widget")
    await widget.getByTestId("loyalty-identifier").waitFor()

    // The identifier: the form says what is wrong in words before saving.
    await widget.getByTestId("loyalty-identifier-edit").click()
    const input = page.getByTestId("loyalty-identifier-input")
    await input.fill("CARD 77")
    await page.getByTestId("loyalty-identifier-save").click()
    await page
      .getByTestId("loyalty-identifier-error")
      .getByText(/no spaces/)
      .waitFor()
    await input.fill("CARD-2026-0077")
    await page.getByTestId("loyalty-identifier-save").click()
    await widget.getByTestId("loyalty-identifier-value").getByText("CARD-2026-0077").waitFor()
    await toastsGone()
    await widget.getByTestId("loyalty-members").scrollIntoViewIfNeeded()
    await widget.screenshot({ path: path.join(SHOTS_TMP, "customer-loyalty-identifier.png") })

    // The points report finds the household's entries by it, and only theirs.
    await openSettled("/app/loyalty")
    await page.getByTestId("loyalty-report-filter-q").fill("CARD-2026-0077")
    const entries = page.locator(
      '[data-testid="loyalty-report-entries"][aria-busy="false"][data-filters*="q=CARD-2026-0077"]'
    )
    await entries.waitFor()
    const rows = entries.locator("tbody tr")
    await rows.first().waitFor()
    const numbers = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ""))
    expect(numbers.length).toBeGreaterThan(0)
    expect(numbers.every((text) => text.includes(home.member_number))).toBe(true)
    await shot("loyalty-report-identifier-search")

    // Removing a member asks first, then leaves the pooled points where they are.
    await openSettled(`/app/customers/${ownerId}`)
    await closeFlagPopup(ownerId)
    const leaver = widget.locator(`[data-testid="loyalty-member"][data-customer-id="${leaverId}"]`)
    await leaver.getByTestId("loyalty-remove-member").click()
    const prompt = page.getByTestId("loyalty-remove-member-prompt")
    await prompt.getByText(/stay with membership/).waitFor()
    await shot("loyalty-remove-member-prompt")
    await page.getByTestId("loyalty-remove-member-confirm").click()
    await leaver.waitFor({ state: "detached" })
    await page.waitForFunction(
      ([selector, value]) => document.querySelector(selector)?.getAttribute("data-value") === value,
      ['[data-testid="loyalty-balance-available"]', String(pooled)] as const
    )
    const theirs = await (
      await page.request.get(`${demo.url}/admin/customers/${leaverId}/loyalty`)
    ).json()
    expect(theirs.loyalty_account.id).not.toBe(home.id)
    expect(theirs.loyalty_account.balance).toEqual({ available: 0, pending: 0, lifetime: 0 })
    const history = widget
      .locator('[data-testid="loyalty-history-row"][data-entry-type="transfer"]')
      .filter({ hasText: /Left the membership/ })
    await history.first().waitFor()
    await toastsGone()

    // Their new membership, closed, still reads as closed on their card, with its history.
    const closed = await page.request.post(
      `${demo.url}/admin/loyalty/accounts/${theirs.loyalty_account.id}/close`,
      { data: { reason: "Moved abroad" } }
    )
    expect(closed.status()).toBe(200)
    await openSettled(`/app/customers/${leaverId}`)
    await closeFlagPopup(leaverId)
    await widget
      .getByTestId("loyalty-closed-note")
      .getByText(/Moved abroad/)
      .waitFor()
    await widget.locator('[data-testid="loyalty-history-row"]').first().waitFor()
    await widget.scrollIntoViewIfNeeded()
    await widget.screenshot({ path: path.join(SHOTS_TMP, "customer-loyalty-closed.png") })

    // The tiers table lists each tier's benefits, each opening them.
    await openSettled("/app/settings/loyalty")
    const tiers = page.getByTestId("loyalty-tiers-section")
    const benefit = tiers.getByTestId("loyalty-tier-benefit").first()
    await benefit.waitFor()
    await tiers.scrollIntoViewIfNeeded()
    await tiers.screenshot({ path: path.join(SHOTS_TMP, "loyalty-tiers-benefits.png") })
    await benefit.click()
    await page.getByText(/^Benefits of "/).waitFor()
  })

  it("copies a customer's ID, adds a note from a row's actions, keeps a hidden column hidden after a reload, and fits 1,440 px", async () => {
    await page
      .context()
      .grantPermissions(["clipboard-read", "clipboard-write"], { origin: demo.url })
    await openSettled("/app/customer-overview")
    const overview = page.getByTestId("customer-overview-page")
    await overviewShows("order=-sales_total")
    const headers = () => overview.locator("thead th").allTextContents()

    // At 1,440 px neither the page nor the table scrolls sideways.
    const overflow = () =>
      page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        table: Math.max(
          0,
          ...[...document.querySelectorAll('[data-testid="customer-overview-page"] table')].map(
            (table) => table.scrollWidth - table.parentElement!.clientWidth
          )
        ),
      }))
    expect(page.viewportSize()!.width).toBe(1440)
    expect(await overflow()).toEqual({ page: 0, table: 0 })
    expect(await headers()).toEqual(
      expect.arrayContaining(["Name", "ID", "Sales", "Flags", "Points", "Tier", "Marketing"])
    )

    // The ID: shown, and copied whole without opening the customer.
    const row = overview.locator("tbody tr").first()
    const idCell = row.getByTestId("customer-overview-id")
    const id = (await idCell.getAttribute("data-id"))!
    expect(id).toMatch(/^cus_[0-9A-Z]{20,}$/)
    expect(await idCell.getByTestId("customer-overview-id-text").textContent()).toBe(
      `cus_…${id.slice(-6)}`
    )
    await idCell.getByTestId("customer-overview-copy-id").click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id)
    expect(page.url()).toMatch(/\/app\/customer-overview/)

    // A row's actions: open, add a flag, a note, adjust points; a note is added here.
    await row.getByRole("button", { name: /^Actions for / }).click()
    for (const action of ["open", "add-flag", "add-note", "adjust-points"]) {
      await page.getByTestId(`customer-overview-action-${action}`).waitFor()
    }
    await shot("customer-overview-actions")
    await page.getByTestId("customer-overview-action-add-note").click()
    const drawer = page.getByTestId("add-customer-note-drawer")
    const note = "Asked about the backstage tour for a school class"
    await drawer.getByTestId("customer-note-body-input").fill(note)
    await drawer.getByTestId("customer-note-add").click()
    await drawer.waitFor({ state: "detached" })
    const { notes } = await (
      await page.request.get(`${demo.url}/admin/customers/${id}/notes`)
    ).json()
    expect(notes.map((n: { body: string }) => n.body)).toContain(note)
    expect(page.url()).toMatch(/\/app\/customer-overview/)
    await toastsGone()

    // Hiding a column: saved in the admin user's metadata, so it stays hidden after a reload.
    await overview.getByTestId("customer-overview-columns").getByRole("button").click()
    await page.getByRole("menuitem", { name: "Tier", exact: true }).click()
    await shot("customer-overview-columns")
    await page.keyboard.press("Escape")
    expect(await headers()).not.toContain("Tier")
    const savedHidden = async () => {
      const { user } = await (await page.request.get(`${demo.url}/admin/users/me`)).json()
      return user.metadata?.["customer_loyalty_hidden_columns:customer-overview"]
    }
    for (let tries = 0; !(await savedHidden())?.includes("tier"); tries++) {
      expect(tries).toBeLessThan(60)
      await page.waitForTimeout(500)
    }
    await page.reload()
    await overviewShows("order=-sales_total")
    await overview.locator("tbody tr").first().waitFor()
    expect(await headers()).not.toContain("Tier")
    expect(await headers()).toContain("Points")
    expect(await overflow()).toEqual({ page: 0, table: 0 })

    // And back.
    await overview.getByTestId("customer-overview-columns").getByRole("button").click()
    await page.getByRole("menuitem", { name: "Tier", exact: true }).click()
    await page.keyboard.press("Escape")
    expect(await headers()).toContain("Tier")
    expect(await overflow()).toEqual({ page: 0, table: 0 })
  })

  it("shows staff a VIP's benefits at the top of the customer page, and redeems a reward for them", async () => {
    const { customers } = await (
      await page.request.get(`${demo.url}/admin/customers?q=henrik.sjoberg@example.com`)
    ).json()
    const henrik = customers[0]
    // Enough points for at least the cheapest reward, whatever the seed gave.
    await page.request.post(`${demo.url}/admin/customers/${henrik.id}/loyalty/adjustments`, {
      data: { points: 600, description: "Box office goodwill" },
    })
    await openSettled(`/app/customers/${henrik.id}`)
    await closeFlagPopup(henrik.id)

    // The flags, then the benefits, above Medusa's own sections.
    const flags = page.getByTestId("customer-flags-widget")
    const benefits = page.getByTestId("customer-benefits-widget")
    const general = page.getByRole("heading", { name: henrik.email })
    await flags.locator('[data-testid="customer-flag-icon"][data-flag-name="VIP"]').waitFor()
    await benefits.getByTestId("customer-benefit").first().waitFor()
    // Until the page's layout configuration has loaded (the dashboard asks for
    // it beside the customer), the dashboard shows widgets below its own
    // sections; the configuration the plugin's migration script saved then
    // moves them up. So wait for that order rather than read it once.
    await eventually(async () => {
      const [flagsTop, benefitsTop, generalTop] = await Promise.all(
        [flags, benefits, general].map(async (l) => (await l.boundingBox())!.y)
      )
      expect(flagsTop).toBeLessThan(benefitsTop)
      expect(benefitsTop).toBeLessThan(generalTop)
    })

    // Each benefit with its flag and what is left: two of the four Nutcracker tickets were bought.
    const patron = benefits.locator(
      '[data-testid="customer-benefit"][data-benefit-title="Patron price: The Nutcracker"]'
    )
    expect(await patron.getByTestId("customer-benefit-source").textContent()).toBe("Flag: VIP")
    expect(await patron.getByTestId("customer-benefit-remaining").textContent()).toMatch(
      /^\d of 4 items left/
    )
    const evening = benefits.locator(
      `[data-testid="customer-benefit"][data-benefit-title="Members' evening"]`
    )
    expect(await evening.getByTestId("customer-benefit-code").textContent()).toBe("CARMEN-EVENING")
    await shot("customer-page-top")

    // Redeem the first reward the points pay for, after confirming.
    const before = (
      await (await page.request.get(`${demo.url}/admin/customers/${henrik.id}/benefits`)).json()
    ).points_available
    const reward = benefits
      .locator('[data-testid="customer-reward"][data-affordable="true"]')
      .first()
    const rewardName = await reward.getAttribute("data-reward-name")
    await reward.getByTestId("customer-reward-redeem").click()
    const dialog = page.getByRole("alertdialog")
    await dialog.getByText(`Redeem "${rewardName}" for Henrik Sjöberg?`).waitFor()
    const [redeemed] = await Promise.all([
      page.waitForResponse(
        (response) =>
          response.request().method() === "POST" &&
          response.url().endsWith(`/admin/customers/${henrik.id}/loyalty/redemptions`)
      ),
      dialog.getByRole("button", { name: "Redeem" }).click(),
    ])
    expect(redeemed.status()).toBe(201)
    // The code made is listed first among the rewards redeemed.
    const madeCode = (await redeemed.json()).redemption.code as string
    await benefits
      .locator('[data-testid="customer-redeemed-code"]', { hasText: madeCode })
      .waitFor()
    expect(await benefits.getByTestId("customer-redeemed-code").first().textContent()).toBe(
      madeCode
    )

    const after = await (
      await page.request.get(`${demo.url}/admin/customers/${henrik.id}/benefits`)
    ).json()
    const cost = after.rewards.find((r: { name: string }) => r.name === rewardName).points_cost
    expect(after.points_available).toBe(before - cost)
    // The ledger says who redeemed.
    const { entries } = await (
      await page.request.get(
        `${demo.url}/admin/customers/${henrik.id}/loyalty/entries?type=redeem&limit=1`
      )
    ).json()
    expect(entries[0]).toEqual(
      expect.objectContaining({ points: -cost, actor: expect.stringMatching(/^user_/) })
    )
    await benefits
      .locator(`[data-testid="customer-rewards-points"][data-value="${after.points_available}"]`)
      .waitFor()
    await toastsGone()
    // The card's lower part: the rewards and the code just made.
    await benefits.getByTestId("customer-redeemed").scrollIntoViewIfNeeded()
    await shot("customer-benefits-widget")

    // After a reload the code is still there to read out, marked available.
    await openSettled(`/app/customers/${henrik.id}`)
    await closeFlagPopup(henrik.id)
    const kept = page
      .getByTestId("customer-benefits-widget")
      .locator('[data-testid="customer-redemption"]', { hasText: madeCode })
    await kept.waitFor()
    expect(await kept.getAttribute("data-status")).toBe("available")
  })
})
