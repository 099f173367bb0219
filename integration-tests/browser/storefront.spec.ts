import { execFile } from "child_process"
import path from "path"
import { promisify } from "util"
import { Browser, Locator, Page } from "playwright-core"
import { eventually as eventuallyHolds } from "../helpers/eventually"
import { launchChromium, openStillPage } from "./chromium"
import { recreateDatabase, startDemo } from "./demo-server"
import { screenshotsDir } from "./screenshots"

jest.setTimeout(30 * 60 * 1000)

const execFileAsync = promisify(execFile)

// Screenshots wait in a temporary folder until every demo has stopped (screenshots.ts).
const SHOTS_TMP = screenshotsDir()
const PORT = Number(process.env.STOREFRONT_TEST_PORT ?? 9020)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_TEST_STOREFRONT_PORT ?? 8020)
const DATABASE = process.env.STOREFRONT_TEST_DATABASE ?? "medusa_customer_loyalty_storefront_test"

// The seeded shoppers (demo/shoppers.ts) and admin (scripts/demo.js).
const SHOPPER = "selma.falk@example.com"
const VIP_SHOPPER = "henrik.sjoberg@example.com"
const PASSWORD = "supersecret"
const ADMIN = { email: "admin@example.com", password: "supersecret" }

/** What the page shows a moment later: checked every half second for up to 30 s. */
const eventually = <T>(check: () => Promise<T>, timeoutMs = 30_000) =>
  eventuallyHolds(check, timeoutMs, 500)

/**
 * The demo storefront in Debian's Chromium, as shoppers use it: a member
 * signs in, sees what a product earns, buys it with the test payment and
 * finds the points pending on the membership page; after staff add points
 * in the admin API she redeems a reward, sees its code and her lower
 * balance, finds it under "Your rewards" after a reload, and takes the code
 * to her cart; she pays with a gift card reward and sees it used. A booking
 * the booking system reports (`npm run demo:booking`) shows pending, and
 * goes when cancelled. A VIP sees the VIP offers, the early access on the
 * presale, and on the product page the member price and points the cart
 * then gives.
 * No page ever shows a flag's name. The storefront screenshots in
 * docs/screenshots.md come from here.
 */
describe("the demo storefront in the browser", () => {
  let demo: { url: string; storefrontUrl: string | null; stop: () => Promise<void> }
  let shop: string
  let browser: Browser
  let page: Page
  let adminToken: string
  let flagNames: string[]

  /** A screenshot once the page has loaded everything (no spinner left). */
  const shot = async (name: string) => {
    await page.waitForLoadState("networkidle")
    await page.locator(".spinner").first().waitFor({ state: "detached" })
    await page.screenshot({ path: path.join(SHOTS_TMP, `storefront-${name}.png`) })
  }

  const admin = async (method: "GET" | "POST", route: string, body?: unknown) => {
    // Waits out a restart of `medusa develop` (a file in the project changed).
    const response = await eventually(
      () =>
        fetch(`${demo.url}${route}`, {
          method,
          headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
          body: body ? JSON.stringify(body) : undefined,
        }),
      2 * 60 * 1000
    )
    const json = await response.json()
    if (!response.ok) {
      throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`)
    }
    return json
  }

  /** Flags are for staff: neither the text nor the markup of a page may name one. */
  const expectNoFlagNames = async () => {
    const text = await page.locator("body").innerText()
    const html = await page.content()
    for (const name of flagNames) {
      const word = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i")
      expect({ page: page.url(), flag: name, inText: word.test(text) }).toEqual(
        expect.objectContaining({ inText: false })
      )
      expect({ page: page.url(), flag: name, inMarkup: word.test(html) }).toEqual(
        expect.objectContaining({ inMarkup: false })
      )
    }
  }

  // A page that loaded while `medusa develop` restarted (a file in the
  // project changed) is opened again, as are signing in and out.
  const open = (route: string, ready: Locator) =>
    eventually(
      async () => {
        await page.goto(`${shop}${route}`)
        await ready.waitFor({ timeout: 20_000 })
      },
      3 * 60 * 1000
    )

  /** Signs in from a fresh start: whoever was signed in (a test that failed half-way) is forgotten. */
  const signIn = (email: string) =>
    eventually(
      async () => {
        await page.goto(shop)
        await page.evaluate(() => localStorage.clear())
        await page.goto(`${shop}/sign-in`)
        await page.locator("#sign-in-email").fill(email, { timeout: 20_000 })
        await page.locator("#sign-in-password").fill(PASSWORD)
        await page.getByTestId("sign-in-submit").click({ timeout: 20_000 })
        await page.waitForURL(/\/account$/, { timeout: 20_000 })
        await page.getByTestId("points-available").waitFor({ timeout: 20_000 })
      },
      3 * 60 * 1000
    )

  const signOut = () =>
    eventually(
      async () => {
        await page.goto(`${shop}/account`)
        await page.getByRole("button", { name: "Sign out" }).click({ timeout: 20_000 })
        await page.getByTestId("header-sign-in").waitFor({ timeout: 20_000 })
      },
      3 * 60 * 1000
    )

  /** Scrolls an element to just below the sticky header, for a screenshot. */
  const scrollTo = (selector: string) =>
    page.evaluate((selector) => {
      const top = document.querySelector(selector)!.getBoundingClientRect().top + window.scrollY
      window.scrollTo(0, top - 92)
    }, selector)

  /** Redeems a reward as a shopper does: the button, then the confirmation. */
  const redeemReward = async (reward: Locator) => {
    await reward.getByTestId("redeem").click()
    const confirmation = reward.getByTestId("redeem-confirmation")
    await confirmation.waitFor()
    expect(await confirmation.textContent()).toMatch(
      /^Spend [\d,]+ points? on .+\? Points spent cannot be returned\./
    )
    await reward.getByTestId("redeem-confirm").click()
  }

  /** A reward under "Your rewards", by its code. */
  const myReward = (code: string) => page.locator(`[data-testid="my-reward"][data-code="${code}"]`)

  /** `npm run demo:booking -- <args>` against this demo: what it printed. */
  const demoBooking = async (...args: string[]) => {
    const { stdout } = await execFileAsync(
      process.execPath,
      [path.join(__dirname, "../../scripts/demo-booking.js"), ...args, "--port", String(PORT)],
      { encoding: "utf8" }
    )
    return stdout
  }

  const figure = async (testId: string) =>
    Number(await page.getByTestId(testId).getAttribute("data-value"))

  beforeAll(async () => {
    await recreateDatabase(DATABASE)
    // Migrating and seeding take minutes on a busy two-core machine.
    demo = await startDemo({
      database: DATABASE,
      port: PORT,
      storefrontPort: STOREFRONT_PORT,
      adminDashboard: false,
      timeoutMs: 20 * 60 * 1000,
    })
    shop = demo.storefrontUrl!

    const login = await fetch(`${demo.url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    adminToken = (await login.json()).token
    const { customer_flags } = await admin("GET", "/admin/customer-flags?limit=100")
    flagNames = customer_flags.map((flag: { name: string }) => flag.name)
    expect(flagNames).toEqual(expect.arrayContaining(["VIP", "Staff", "Press"]))

    browser = await launchChromium()
    page = await openStillPage(browser, { width: 1280, height: 860 })
    // npm test runs this beside the HTTP tests: on a busy two-core machine
    // one cart call can take the better part of a minute.
    page.setDefaultTimeout(3 * 60 * 1000)
    // The storefront hides what it could not load (a points preview, say),
    // so a test would only see it missing: log every call to Medusa that
    // failed or answered 5xx, with the test it came in (not those a
    // navigation aborts).
    const during = () => `(during "${expect.getState().currentTestName}")`
    page.on("requestfailed", (request) => {
      const error = request.failure()?.errorText
      if (request.url().startsWith(demo.url) && error !== "net::ERR_ABORTED") {
        console.warn(`${request.method()} ${request.url()} failed: ${error} ${during()}`)
      }
    })
    page.on("response", (response) => {
      if (response.url().startsWith(demo.url) && response.status() >= 500) {
        console.warn(
          `${response.request().method()} ${response.url()} answered ${response.status()} ${during()}`
        )
      }
    })
  })

  afterAll(async () => {
    await browser?.close()
    await demo?.stop()
  })

  it("a member sees what a product earns, buys it and finds the points pending", async () => {
    await open("/", page.getByTestId("product-grid"))
    await expectNoFlagNames()

    await signIn(SHOPPER)
    const pendingBefore = await figure("points-pending")
    const availableBefore = await figure("points-available")
    expect(availableBefore).toBeGreaterThan(0)

    // Every product on sale shows the points it earns.
    const hamletCard = page.locator('[data-testid="product-card"][data-handle="hamlet"]')
    const cardPreview = hamletCard.getByTestId("points-preview")
    await open("/", cardPreview)
    expect(await cardPreview.textContent()).toMatch(/^Earn (from )?\d[\d,]* points?$/)
    expect(Number(await cardPreview.getAttribute("data-points"))).toBeGreaterThan(0)
    await page.locator('[data-testid="points-preview"]').nth(5).waitFor()
    await scrollTo(".chips")
    await shot("products")
    await expectNoFlagNames()

    // The product page: a seat, two tickets, and the points that earns.
    await hamletCard.getByRole("link", { name: "Hamlet" }).first().click()
    await page.getByTestId("product-title").waitFor()
    await page.getByRole("button", { name: /^Stalls/ }).click()
    await page.getByRole("button", { name: "One more" }).click()
    const preview = page.locator('[data-testid="points-preview"][data-quantity="2"]')
    await preview.waitFor()
    const onePair = Number(await preview.getAttribute("data-points"))
    expect(onePair).toBeGreaterThan(0)
    await page.getByTestId("add-to-cart").click()
    await page.getByTestId("add-to-cart-message").waitFor()
    expect(await page.getByTestId("add-to-cart-message").textContent()).toContain(
      "2 × Hamlet (Stalls) is in your cart"
    )
    await shot("product")
    await expectNoFlagNames()

    // The cart says what the order will earn.
    const cartPoints = page.getByTestId("cart-points")
    await open("/cart", cartPoints)
    const points = Number(await cartPoints.getAttribute("data-points"))
    expect(points).toBe(onePair)
    expect(await cartPoints.textContent()).toContain(
      `This order earns ${points.toLocaleString("en-GB")} points`
    )
    await shot("cart")
    await expectNoFlagNames()

    // Checkout: the saved address, an e-ticket, the test payment.
    await page.getByTestId("go-to-checkout").click()
    await page.getByTestId("address-form").waitFor()
    expect(await page.locator("#checkout-email").inputValue()).toBe(SHOPPER)
    expect(await page.locator("#checkout-address_1").inputValue()).not.toBe("")
    await page.getByTestId("address-continue").click()
    await page.getByTestId("shipping-options").waitFor()
    await page.getByText("E-ticket").click()
    await page.locator('[data-testid="place-order"]:enabled').waitFor()
    await shot("checkout")
    await expectNoFlagNames()
    await page.getByTestId("place-order").click()
    await page.getByTestId("order-confirmation").waitFor()
    expect(await page.getByTestId("order-points").textContent()).toContain(
      `${points.toLocaleString("en-GB")} points`
    )
    await expectNoFlagNames()

    // The order.placed subscriber credits the points a moment later.
    await page.goto(`${shop}/account`)
    await eventually(
      async () => {
        await page.reload()
        await page.getByTestId("points-pending").waitFor({ timeout: 20_000 })
        expect(await figure("points-pending")).toBe(pendingBefore + points)
      },
      2 * 60 * 1000
    )
    expect(await figure("points-available")).toBe(availableBefore)
    const newest = page.getByTestId("history-row").first()
    expect(await newest.getAttribute("data-type")).toBe("earn")
    expect(await newest.textContent()).toContain("pending until")
    expect(await newest.getByTestId("history-points").textContent()).toBe(
      `+${points.toLocaleString("en-GB")}`
    )
    await shot("account")
    await scrollTo("#history-heading")
    await shot("history")
    await expectNoFlagNames()
  })

  it("after staff add points the member redeems a reward, sees the code and her new balance, and uses the code", async () => {
    const { customers } = await admin("GET", `/admin/customers?q=${encodeURIComponent(SHOPPER)}`)
    const customer = customers.find((c: { email: string }) => c.email === SHOPPER)
    await admin("POST", `/admin/customers/${customer.id}/loyalty/adjustments`, {
      points: 2000,
      description: "Sorry about the delayed curtain",
    })

    await open("/account", page.getByTestId("points-available"))
    const adjusted = page.getByTestId("history-row").first()
    await eventually(async () =>
      expect(await adjusted.textContent()).toContain("Sorry about the delayed curtain")
    )
    expect(await adjusted.getByTestId("history-points").textContent()).toBe("+2,000")
    const available = await figure("points-available")

    const reward = page.locator('[data-testid="reward"][data-name="200 kr off your next order"]')
    // Redeeming asks first; cancelling spends nothing.
    await reward.getByTestId("redeem").click()
    await reward.getByTestId("redeem-confirmation").waitFor()
    await scrollTo("#rewards-heading")
    await shot("redeem-confirm")
    await reward.getByTestId("redeem-cancel").click()
    await reward.getByTestId("redeem-confirmation").waitFor({ state: "detached" })
    expect(await figure("points-available")).toBe(available)
    await redeemReward(reward)
    const redemption = page.getByTestId("redemption")
    await redemption.waitFor()
    expect(await page.getByTestId("redemption-code").textContent()).toMatch(/^[A-Z0-9-]{6,}$/)
    expect(await page.getByTestId("redemption-balance").textContent()).toBe(
      (available - 1800).toLocaleString("en-GB")
    )
    await eventually(async () => expect(await figure("points-available")).toBe(available - 1800))
    // The history reloads beside the balance.
    const used = page.getByTestId("history-row").first()
    await eventually(async () => expect(await used.getAttribute("data-type")).toBe("redeem"))
    expect(await used.getByTestId("history-points").textContent()).toBe("−1,800")
    await scrollTo("#rewards-heading")
    await shot("redeem")
    await expectNoFlagNames()

    // The code is kept under "Your rewards": a reload does not lose it.
    const code = (await page.getByTestId("redemption-code").textContent())!
    await page.reload()
    const kept = myReward(code)
    await kept.waitFor()
    expect(await kept.getAttribute("data-status")).toBe("available")
    expect(await kept.getByTestId("my-reward-code").textContent()).toBe(code)
    expect(await kept.textContent()).toContain("200 kr off your next order")
    expect(await page.getByTestId("redemption").count()).toBe(0)
    await scrollTo("#your-rewards-heading")
    await shot("your-rewards")
    await expectNoFlagNames()

    // The code takes money off her next cart.
    await open("/products/nordic-noir", page.getByTestId("add-to-cart"))
    await page.getByTestId("add-to-cart").click()
    await page.getByTestId("add-to-cart-message").waitFor()
    await open("/cart", page.locator("#discount-code"))
    await page.locator("#discount-code").fill(code)
    await page.getByRole("button", { name: "Apply" }).click()
    await page.getByTestId("applied-code").filter({ hasText: code }).waitFor()
    expect(await page.getByTestId("cart-discount").textContent()).toMatch(/^−\d/)
    await signOut()
  })

  it("a member redeems a gift card and store credit, spends them on an order they pay part of, and sees what is left", async () => {
    const { customers } = await admin("GET", `/admin/customers?q=${encodeURIComponent(SHOPPER)}`)
    const customer = customers.find((c: { email: string }) => c.email === SHOPPER)
    await admin("POST", `/admin/customers/${customer.id}/loyalty/adjustments`, {
      points: 4500,
      description: "Thanks for the feedback",
    })

    // The demo's gift card reward comes as a code for the cart's gift card field.
    await signIn(SHOPPER)
    const giftCardReward = page.locator('[data-testid="reward"][data-name="300 kr gift card"]')
    await open("/account", giftCardReward)
    const creditBefore = await figure("store-credit-balance")
    await redeemReward(giftCardReward)
    const code = page.getByTestId("redemption-code")
    await code.waitFor()
    const giftCard = (await code.textContent())!
    expect(giftCard).toMatch(/^GIFT-[A-Z2-9]{5}-[A-Z2-9]{5}$/)
    expect(await page.getByTestId("redemption-how").textContent()).toContain(
      "Enter it under Gift card in your cart"
    )
    await scrollTo("#rewards-heading")
    await shot("redeem-gift-card")

    // Store credit lands on her account at once.
    const creditReward = page.locator('[data-testid="reward"][data-name="200 kr store credit"]')
    await redeemReward(creditReward)
    await eventually(async () =>
      expect(await page.getByTestId("redemption-how").textContent()).toContain(
        "It is in your store credit"
      )
    )
    await eventually(async () =>
      expect(await figure("store-credit-balance")).toBe(creditBefore + 200)
    )

    // After a reload the gift card is still there with its code and its whole value.
    await page.reload()
    const keptCard = myReward(giftCard)
    await keptCard.waitFor()
    expect(await keptCard.getAttribute("data-status")).toBe("available")
    expect(await keptCard.getByTestId("my-reward-balance").getAttribute("data-value")).toBe("300")
    expect(
      (await keptCard.getByTestId("my-reward-balance").textContent())!.replace(/\s/g, " ")
    ).toBe("300 kr left of 300 kr")

    // Hamlet, stalls (from 495 kr, less a tier's price): the gift card pays 300, 100 of the credit, she pays the rest.
    await open("/products/hamlet", page.getByTestId("add-to-cart"))
    await page.getByRole("button", { name: /^Stalls/ }).click()
    await page.getByTestId("add-to-cart").click()
    await page.getByTestId("add-to-cart-message").waitFor()
    await open("/cart", page.locator("#gift-card-code"))
    const cartTotal = async () =>
      Number(await page.getByTestId("cart-total").getAttribute("data-value"))
    const toPay = await cartTotal()
    expect(toPay).toBeGreaterThan(400)
    const applied = page.getByTestId("applied-gift-card").filter({ hasText: giftCard })
    // Typed into the discount code field, it goes to the gift card route all the same.
    await page.locator("#discount-code").fill(giftCard)
    await page.getByRole("button", { name: "Apply" }).click()
    await applied.waitFor()
    expect(await page.getByTestId("applied-code").count()).toBe(0)
    await page
      .locator(".code-form__applied", { has: applied })
      .getByRole("button", { name: "Remove" })
      .click()
    await applied.waitFor({ state: "detached" })
    await page.locator("#gift-card-code").fill(giftCard)
    await page.getByTestId("apply-gift-card").click()
    await applied.waitFor()
    const giftCardLine = page.locator('[data-testid="cart-credit"][data-reference="gift-card"]')
    expect((await giftCardLine.textContent())!.replace(/\s/g, " ")).toBe(
      `Gift card ${giftCard}−300 kr`
    )

    await page.locator("#store-credit-amount").fill("100")
    await page.getByTestId("use-store-credit").click()
    const creditLine = page.locator('[data-testid="cart-credit"][data-reference="store-credit"]')
    await creditLine.waitFor()
    expect((await creditLine.textContent())!.replace(/\s/g, " ")).toBe("Store credit−100 kr")
    expect(await cartTotal()).toBe(toPay - 400)
    await scrollTo(".panel")
    await shot("cart-gift-card")
    await expectNoFlagNames()

    await page.getByTestId("go-to-checkout").click()
    await page.getByTestId("address-form").waitFor()
    await page.getByTestId("address-continue").click()
    await page.getByTestId("shipping-options").waitFor()
    await page.getByText("E-ticket").click()
    const placeOrder = page.locator('[data-testid="place-order"]:enabled')
    await placeOrder.waitFor()
    expect(await page.getByTestId("cart-total").getAttribute("data-value")).toBe(
      String(toPay - 400)
    )
    await placeOrder.click()
    await page.getByTestId("order-confirmation").waitFor()
    expect((await page.getByTestId("order-credit").textContent())!.replace(/\s/g, " ")).toContain(
      "−400 kr"
    )
    await shot("order-gift-card")

    // What is left: nothing on the card, 100 kr of the credit.
    await open("/account", page.getByTestId("store-credit-balance"))
    await eventually(async () =>
      expect(await figure("store-credit-balance")).toBe(creditBefore + 100)
    )
    await page.locator("#gift-card-balance-code").fill(giftCard)
    await page.getByTestId("check-gift-card").click()
    const left = page.getByTestId("gift-card-balance")
    await left.waitFor()
    expect(await left.getAttribute("data-value")).toBe("0")
    expect((await left.textContent())!.replace(/\s/g, " ")).toBe(`${giftCard}: 0 kr left of 300 kr`)
    await scrollTo("#credit-heading")
    await shot("gift-card-balance")

    // Under "Your rewards" the spent card reads as used, with nothing left.
    const spentCard = myReward(giftCard)
    expect(await spentCard.getAttribute("data-status")).toBe("used")
    expect(await spentCard.getByTestId("my-reward-balance").getAttribute("data-value")).toBe("0")
    expect(await spentCard.textContent()).toContain("Used")
    await scrollTo("#your-rewards-heading")
    await shot("your-rewards-used")
    await expectNoFlagNames()
    await signOut()
  })

  it("a member sees a booking's points pending after the booking system reports it, and taken back when it is cancelled", async () => {
    await signIn(SHOPPER)
    const pendingBefore = await figure("points-pending")
    const availableBefore = await figure("points-available")

    // As the README tells a merchant: the demo plays the booking system.
    const booked = await demoBooking("--email", SHOPPER)
    expect(booked).toMatch(
      /Backstage tour for selma\.falk@example\.com\n {2}\+150 points, pending until /
    )
    await eventually(
      async () => {
        await open("/account", page.getByTestId("points-pending"))
        expect(await figure("points-pending")).toBe(pendingBefore + 150)
      },
      2 * 60 * 1000
    )
    expect(await figure("points-available")).toBe(availableBefore)
    const booking = page.getByTestId("history-row").first()
    expect(await booking.getAttribute("data-type")).toBe("earn")
    expect(await booking.textContent()).toContain("Booking")
    expect(await booking.textContent()).toContain("pending until")
    expect(await booking.getByTestId("history-points").textContent()).toBe("+150")
    await scrollTo("#history-heading")
    await shot("booking")
    await expectNoFlagNames()

    const cancelled = await demoBooking("--email", SHOPPER, "--cancel")
    expect(cancelled).toContain("150 points taken back")
    await eventually(
      async () => {
        await open("/account", page.getByTestId("points-pending"))
        expect(await figure("points-pending")).toBe(pendingBefore)
      },
      2 * 60 * 1000
    )
    expect(await figure("points-available")).toBe(availableBefore)
    expect(
      await page.getByTestId("history-row").first().getByTestId("history-points").textContent()
    ).toBe("−150")
    await signOut()
  })

  it("a VIP sees the VIP offers and the early access, never the flag", async () => {
    const [vip] = (await admin("GET", "/admin/customer-flags?q=VIP")).customer_flags
    const { benefits } = await admin("GET", `/admin/benefits?flag_id=${vip.id}`)
    const titles: string[] = benefits.map((b: { title: string }) => b.title)
    expect(titles).toEqual(expect.arrayContaining(["Members' evening"]))

    await signIn(VIP_SHOPPER)
    const offers = page.getByTestId("offer")
    await open("/account", page.getByTestId("offers"))
    const shown = await offers.locator(".offer__title").allTextContents()
    expect(shown).toEqual(expect.arrayContaining(titles))
    await shot("offers")
    await expectNoFlagNames()

    // The presale product carries the early access on the shop's list.
    const presale = page
      .locator('[data-testid="product-card"]')
      .filter({ has: page.getByTestId("early-access-badge") })
    await open("/", presale.first())
    expect(await presale.count()).toBeGreaterThan(0)
    await expectNoFlagNames()

    // Five Nutcracker tickets on a patron price for four: all five sell, the
    // cart says how many are at the member price.
    // The product page shows her member price, and the points for that price.
    await open("/products/the-nutcracker", page.getByTestId("product-title"))
    await page.getByRole("button", { name: /^Stalls/ }).click()
    for (let i = 0; i < 4; i++) {
      await page.getByRole("button", { name: "One more" }).click()
    }
    const productMemberPrice = page.getByTestId("product-member-price")
    await productMemberPrice.waitFor()
    await page.locator('[data-testid="points-preview"][data-quantity="5"]').waitFor()
    const memberTotal = Number(await productMemberPrice.getAttribute("data-total"))
    const memberUnitPrice = Number(await productMemberPrice.getAttribute("data-unit-price"))
    const previewedPoints = Number(
      await page
        .locator('[data-testid="points-preview"][data-quantity="5"]')
        .getAttribute("data-points")
    )
    const guestPrice = Number(await productMemberPrice.getAttribute("data-price"))
    expect(memberUnitPrice).toBeLessThan(guestPrice)
    expect(memberTotal).toBeGreaterThan(0)
    expect(memberTotal).toBeLessThan(5 * guestPrice)
    expect(await productMemberPrice.textContent()).toMatch(/Your member price · 5 tickets/)
    await shot("product-member-price")
    await expectNoFlagNames()
    await page.getByTestId("add-to-cart").click()
    await page.getByTestId("add-to-cart-message").waitFor()
    expect(await page.getByTestId("add-to-cart-message").textContent()).toContain(
      "5 × The Nutcracker"
    )
    const memberPrice = page
      .locator('[data-testid="cart-line"]')
      .filter({ hasText: "The Nutcracker" })
      .getByTestId("member-price")
    await open("/cart", memberPrice.first())
    expect(await memberPrice.first().textContent()).toMatch(/^[1-4] of 5 at your member price: −/)
    // The cart charges and earns what the product page said.
    const nutcrackerLine = page
      .locator('[data-testid="cart-line"]')
      .filter({ hasText: "The Nutcracker" })
    expect(
      Number(await nutcrackerLine.getByTestId("cart-line-total").getAttribute("data-value"))
    ).toBe(memberTotal)
    expect(Number(await page.getByTestId("cart-points").getAttribute("data-points"))).toBe(
      previewedPoints
    )
    await shot("member-price")
    await expectNoFlagNames()
  })

  it("fits a phone's screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    for (const route of ["/", "/account", "/products/carmen-opera-gala"]) {
      await open(route, page.locator("main h1").first())
      await page.waitForLoadState("networkidle")
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth
      )
      expect({ route, overflow }).toEqual({ route, overflow: 0 })
      await expectNoFlagNames()
    }
    await open("/account", page.getByTestId("membership-card"))
    await page.waitForLoadState("networkidle")
    await shot("mobile-account")
    await open("/", page.locator('[data-testid="points-preview"]').nth(3))
    await scrollTo('[data-testid="product-grid"]')
    await shot("mobile-products")
  })
})
