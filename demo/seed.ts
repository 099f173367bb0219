/**
 * Seeds the demo store: a fictional Nordic stage ("Nordscen") with tickets
 * and merchandise, two sales channels, Swedish (SEK) and European (EUR)
 * regions, 50 customers with orders spread over 18 months, and the plugin's
 * VIP / Staff / Press flags with a few assignments, a loyalty program
 * whose members have earned points on those orders (dated from them), and three segments
 * (one of which flags its members), a flag purchase rule, and benefits: a
 * VIP presale before a public sale start, VIP and Gold discounts, an offer;
 * the customer overview's sales figures and B2B profiles for the companies.
 * Two shoppers (demo/shoppers.ts) can sign in to the storefront.
 *
 * Run once by `npm run demo` (`medusa exec ./demo/seed.ts`); a second run
 * stops before writing anything. Everything is made with Medusa's own
 * workflows and the plugin's, and from a seeded PRNG, so the demo looks the
 * same on every machine.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomersWorkflow,
  createInventoryLevelsWorkflow,
  createOrderWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  assignCustomerFlagsWorkflow,
  createCustomerFlagsWorkflow,
  rebuildOrderFactsWorkflow,
} from "../src/workflows"
import { CUSTOMER_LOYALTY_MODULE } from "../src/modules/customer-loyalty"
import type CustomerLoyaltyModuleService from "../src/modules/customer-loyalty/service"
import { CATEGORIES, PRODUCTS, STORE_NAME } from "./data/catalog"
import { seedLoyalty } from "./loyalty"
import { dateLedgerEntriesFromOrders } from "./ledger-dates"
import { seedSegments } from "./segments"
import { seedBenefits } from "./benefits"
import { seedCustomerInsights } from "./customer-insights"
import { seedShoppers } from "./shoppers"
import { seedAdminUser } from "./admin-user"
import { seedLoyaltyMessages } from "./messages"
import { DemoCustomer, generateCustomers } from "./data/people"
import { createRandom, Random } from "./data/random"
import { mapConcurrently, SEED_CONCURRENCY } from "./concurrently"

const RANDOM_SEED = 20251125
const CUSTOMER_COUNT = 50
const STAFF_COUNT = 3
const ORDER_HISTORY_DAYS = 540
const DAY_MS = 24 * 60 * 60 * 1000

/** The title of the seeded publishable key; `scripts/demo.js` prints its token. */
export const DEMO_API_KEY_TITLE = "Webshop storefront"
/** Set in the store's metadata when the seed has finished. */
export const DEMO_SEED_MARKER = "demo_seeded_at"

type Channels = { webshop: string; boxOffice: string }
type Regions = { sweden: string; europe: string }
type SeededVariant = {
  id: string
  productTitle: string
  sek: number
  eur: number
  isMerch: boolean
}
type SeededCustomer = DemoCustomer & { id: string }

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const random = createRandom(RANDOM_SEED)
  const started = Date.now()
  const step = async <T>(label: string, run: () => Promise<T>) => {
    const t0 = Date.now()
    const result = await run()
    logger.info(`[demo seed] ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
    return result
  }

  await refuseIfAlreadySeeded(container)

  const channels = await step("Sales channels", () => seedSalesChannels(container))
  const storeId = await step("Store currencies", () => seedStore(container, channels))
  const regions = await step("Regions and tax regions", () => seedRegions(container, storeId))
  await step("Stock location, shipping profile and options", () =>
    seedFulfillment(container, storeId, channels, regions)
  )
  const token = await step("Publishable API key", () =>
    seedPublishableKey(container, channels.webshop)
  )
  const variants = await step(`${PRODUCTS.length} products`, () =>
    seedProducts(container, channels)
  )
  const customers = await step(`${CUSTOMER_COUNT} customers`, () =>
    seedCustomers(container, random)
  )
  const { spent, orderIdsByCustomer } = await step("Orders", () =>
    seedOrders(container, random, { customers, variants, channels, regions })
  )
  // createOrderWorkflow emits no order.placed: the segments, purchase rules
  // and sales figures read the order facts, so they are built from the
  // orders here, before the segments are saved (and refreshed).
  await step("Order facts", () => rebuildOrderFactsWorkflow(container).run())
  await step("Customer flags and assignments", () =>
    seedFlags(container, { customers, spent, channels })
  )
  await step("Loyalty program, points for past orders, tiers and rewards", () =>
    seedLoyalty(container, { orderIdsByCustomer })
  )
  await step("Segments and a purchase rule", () => seedSegments(container))
  await step("Benefits: a presale, discounts and an offer", () => seedBenefits(container))
  await step("Storefront shoppers with a password", () => seedShoppers(container))
  await step("Loyalty messages, and the shoppers' marketing consent", () =>
    seedLoyaltyMessages(container)
  )
  await step("Sales figures and B2B profiles", () => seedCustomerInsights(container))
  await step("Ledger entries dated from their orders", () => dateLedgerEntriesFromOrders(container))
  await step("Admin user", () => seedAdminUser(container))
  await markSeeded(container, storeId)

  logger.info(
    `[demo seed] Done in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
      `Publishable API key (${DEMO_API_KEY_TITLE}): ${token}`
  )
}

/** A second run must not half-duplicate the data: stop before writing. */
async function refuseIfAlreadySeeded(container: MedusaContainer) {
  const salesChannels = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: ["Webshop", "Box office"] })
  if (salesChannels.length) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      "The demo data is already in this database (sales channel " +
        `"${salesChannels[0].name}" exists). Start over with \`npm run demo -- --reset\`.`
    )
  }
}

/** Medusa creates "Default Sales Channel" on first start: it becomes the Webshop. */
async function seedSalesChannels(container: MedusaContainer): Promise<Channels> {
  const [defaultChannel] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: "Default Sales Channel" })
  const webshop = { name: "Webshop", description: "The online shop" }

  let webshopId: string
  if (defaultChannel) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: defaultChannel.id }, update: webshop },
    })
    webshopId = defaultChannel.id
  } else {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [webshop] },
    })
    webshopId = result[0].id
  }

  const {
    result: [boxOffice],
  } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [{ name: "Box office", description: "Ticket desk in the foyer" }],
    },
  })
  return { webshop: webshopId, boxOffice: boxOffice.id }
}

async function seedStore(container: MedusaContainer, channels: Channels) {
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        default_sales_channel_id: channels.webshop,
        supported_currencies: [
          { currency_code: "sek", is_default: true, is_tax_inclusive: true },
          { currency_code: "eur", is_tax_inclusive: true },
        ],
      },
    },
  })
  return store.id
}

const TAX_RATES = [
  { country_code: "se", rate: 25, name: "Moms" },
  { country_code: "no", rate: 25, name: "MVA" },
  { country_code: "dk", rate: 25, name: "Moms" },
  { country_code: "fi", rate: 25.5, name: "ALV" },
  { country_code: "de", rate: 19, name: "MwSt" },
  { country_code: "nl", rate: 21, name: "BTW" },
]

async function seedRegions(container: MedusaContainer, storeId: string): Promise<Regions> {
  const {
    result: [sweden, europe],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Sweden",
          currency_code: "sek",
          countries: ["se"],
          payment_providers: ["pp_system_default"],
        },
        {
          name: "Europe",
          currency_code: "eur",
          countries: ["no", "dk", "fi", "de", "nl"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: TAX_RATES.map(({ country_code, rate, name }) => ({
      country_code,
      provider_id: "tp_system",
      default_tax_rate: { rate, name, code: `${country_code.toUpperCase()}-VAT` },
    })),
  })
  await updateStoresWorkflow(container).run({
    input: { selector: { id: storeId }, update: { default_region_id: sweden.id } },
  })
  return { sweden: sweden.id, europe: europe.id }
}

/**
 * One warehouse serving both channels, the default shipping profile and two
 * shipping options (post and e-ticket), as in Medusa's starter seed.
 */
async function seedFulfillment(
  container: MedusaContainer,
  storeId: string,
  channels: Channels,
  regions: Regions
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Nordscen warehouse",
          address: { address_1: "Scengatan 1", city: "Stockholm", country_code: "SE" },
        },
      ],
    },
  })
  await updateStoresWorkflow(container).run({
    input: { selector: { id: storeId }, update: { default_location_id: location.id } },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [channels.webshop, channels.boxOffice] },
  })

  const profile =
    (await fulfillment.listShippingProfiles({ type: "default" }))[0] ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
      })
    ).result[0]

  const countries = ["se", ...TAX_RATES.map((t) => t.country_code).filter((c) => c !== "se")]
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Nordscen warehouse delivery",
    type: "shipping",
    service_zones: [
      {
        name: "Nordics and Europe",
        geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })),
      },
    ],
  })
  await link.create([
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    },
  ])

  const option = (code: string, label: string, description: string, sek: number, eur: number) => ({
    name: label,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: fulfillmentSet.service_zones[0].id,
    shipping_profile_id: profile.id,
    type: { code, label, description },
    prices: [
      { currency_code: "sek", amount: sek },
      { currency_code: "eur", amount: eur },
      { region_id: regions.sweden, amount: sek },
      { region_id: regions.europe, amount: eur },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      option("e-ticket", "E-ticket", "Tickets by e-mail, at once.", 0, 0),
      option("post", "Post", "Merchandise by post in 2–4 days.", 59, 6),
    ],
  })
}

async function seedPublishableKey(container: MedusaContainer, webshopId: string) {
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: DEMO_API_KEY_TITLE, type: "publishable", created_by: "" }],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [webshopId] },
  })
  return apiKey.token
}

/** All products in both channels, published, with SEK and EUR prices. */
async function seedProducts(
  container: MedusaContainer,
  channels: Channels
): Promise<SeededVariant[]> {
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: CATEGORIES.map((name) => ({ name, is_active: true })),
    },
  })
  const categoryId = new Map(categories.map((c) => [c.name, c.id]))
  const [profile] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: "default" })

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((product) => ({
        title: product.title,
        subtitle: product.subtitle,
        handle: product.handle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: profile.id,
        category_ids: [categoryId.get(product.category)!],
        sales_channels: [{ id: channels.webshop }, { id: channels.boxOffice }],
        options: [{ title: product.option, values: product.variants.map((v) => v.title) }],
        variants: product.variants.map((variant) => ({
          title: variant.title,
          sku: variant.sku,
          manage_inventory: product.manage_inventory,
          options: { [product.option]: variant.title },
          prices: [
            { currency_code: "sek", amount: variant.sek },
            { currency_code: "eur", amount: variant.eur },
          ],
        })),
      })),
    },
  })

  await stockMerchandise(container)

  const catalogBySku = new Map(
    PRODUCTS.flatMap((product) =>
      product.variants.map((variant) => [variant.sku, { product, variant }] as const)
    )
  )
  return products.flatMap((product) =>
    (product.variants ?? []).map((variant) => {
      const entry = catalogBySku.get(variant.sku!)!
      return {
        id: variant.id,
        productTitle: product.title,
        sek: entry.variant.sek,
        eur: entry.variant.eur,
        isMerch: entry.product.manage_inventory,
      }
    })
  )
}

/** Merchandise has stock in the warehouse; tickets are not counted. */
async function stockMerchandise(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
  const { data: inventoryItems } = await query.graph({
    entity: "inventory_item",
    fields: ["id"],
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: inventoryItems.map((item: { id: string }) => ({
        location_id: location.id,
        inventory_item_id: item.id,
        stocked_quantity: 500,
      })),
    },
  })
}

async function seedCustomers(
  container: MedusaContainer,
  random: Random
): Promise<SeededCustomer[]> {
  const people = generateCustomers(random, CUSTOMER_COUNT, STAFF_COUNT)
  // Marketing consent under the key the plugin reads (notifications,
  // segments, the overview): two in three of those with an account. Not
  // drawn from the PRNG, so the rest of the demo stays as it was.
  const consentKey = container
    .resolve<CustomerLoyaltyModuleService>(CUSTOMER_LOYALTY_MODULE)
    .getSegmentSettings().marketing_consent_key
  const { result } = await createCustomersWorkflow(container).run({
    input: {
      customersData: people.map(({ region: _, address, ...customer }, index) => ({
        ...customer,
        ...(customer.has_account && index % 3 !== 2 ? { metadata: { [consentKey]: true } } : {}),
        addresses: [{ ...address, is_default_shipping: true, is_default_billing: true }],
      })),
    },
  })
  const idByEmail = new Map(result.map((c) => [c.email, c.id]))
  return people.map((person) => ({ ...person, id: idByEmail.get(person.email)! }))
}

/** How many orders a customer has: most have one to three, a few up to six. */
const ORDER_COUNTS = [
  [0, 14],
  [1, 26],
  [2, 22],
  [3, 16],
  [4, 10],
  [5, 7],
  [6, 5],
] as const

/**
 * Orders for most customers, through `createOrderWorkflow`: a few customers at
 * once, each one's orders in date order. Returns their ids by customer, and
 * what each customer spent (in SEK, EUR counted at ×11) so the VIP
 * flag can go to the best customers.
 */
async function seedOrders(
  container: MedusaContainer,
  random: Random,
  data: {
    customers: SeededCustomer[]
    variants: SeededVariant[]
    channels: Channels
    regions: Regions
  }
): Promise<{ spent: Map<string, number>; orderIdsByCustomer: string[][] }> {
  const tickets = data.variants.filter((v) => !v.isMerch)
  const merchandise = data.variants.filter((v) => v.isMerch)
  const spent = new Map<string, number>()
  const now = Date.now()

  // Every order is drawn first, in the same sequence as ever, so the demo's
  // data does not depend on which workflow finishes first.
  const ordersByCustomer = data.customers.map((customer) => {
    const count = random.weighted(ORDER_COUNTS)
    const dates = Array.from(
      { length: count },
      () => new Date(now - random.int(1, ORDER_HISTORY_DAYS) * DAY_MS - random.int(0, DAY_MS))
    ).sort((a, b) => a.getTime() - b.getTime())

    return dates.map((placedAt) => {
      const inSek = customer.region === "sweden" ? random.chance(0.92) : random.chance(0.15)
      const lines = [
        ...random
          .sample(
            tickets,
            random.weighted([
              [1, 6],
              [2, 3],
              [3, 1],
            ] as const)
          )
          .map((variant) => ({
            variant,
            quantity: random.weighted([
              [1, 2],
              [2, 5],
              [3, 1],
              [4, 2],
            ] as const),
          })),
        ...(random.chance(0.3) ? [{ variant: random.pick(merchandise), quantity: 1 }] : []),
      ]
      const atBoxOffice = random.chance(0.3)

      const total = lines.reduce(
        (sum, { variant, quantity }) => sum + quantity * (inSek ? variant.sek : variant.eur * 11),
        0
      )
      spent.set(customer.id, (spent.get(customer.id) ?? 0) + total)

      // `created_at` is not in the workflow's input type, but the order
      // module stores it, which spreads the history over past months.
      return {
        region_id: inSek ? data.regions.sweden : data.regions.europe,
        currency_code: inSek ? "sek" : "eur",
        sales_channel_id: atBoxOffice ? data.channels.boxOffice : data.channels.webshop,
        customer_id: customer.id,
        email: customer.email,
        status: now - placedAt.getTime() > 30 * DAY_MS ? "completed" : "pending",
        shipping_address: customer.address,
        billing_address: customer.address,
        items: lines.map(({ variant, quantity }) => ({
          variant_id: variant.id,
          title: variant.productTitle,
          quantity,
          unit_price: inSek ? variant.sek : variant.eur,
          is_tax_inclusive: true,
        })),
        metadata: { demo: true },
        created_at: placedAt,
      }
    })
  })

  // A few customers at once, each one's orders in date order.
  const idsByCustomer = await mapConcurrently(
    ordersByCustomer,
    SEED_CONCURRENCY,
    async (orders) => {
      const ids: string[] = []
      for (const order of orders) {
        const { result: created } = await createOrderWorkflow(container).run({ input: order })
        ids.push(created.id)
      }
      return ids
    }
  )
  return { spent, orderIdsByCustomer: idsByCustomer }
}

const VIP_NOTES = [
  "Season pass holder since 2019; prefers row 7.",
  "Books a box for every premiere.",
  "Patron of the Christmas ballet.",
  "Brings clients to the opera gala every year.",
  "Never misses a Friday jazz session.",
  "Long-time subscriber; call before big releases.",
]
const STAFF_NOTES = ["Box office, evening shifts.", "Stage technician.", "Marketing team."]
const PRESS_NOTES = ["Theatre critic, Kulturbladet.", "Arts editor, Scen & Salong magazine."]

/**
 * VIP, Staff and Press through the plugin's workflows: VIP goes to the six
 * biggest spenders, Staff to the venue's own people, Press to two others.
 */
async function seedFlags(
  container: MedusaContainer,
  data: { customers: SeededCustomer[]; spent: Map<string, number>; channels: Channels }
) {
  const { result: flags } = await createCustomerFlagsWorkflow(container).run({
    input: {
      flags: [
        {
          name: "VIP",
          abbreviation: "VIP",
          icon: "Star",
          color: "#7C3AED",
          display: "card",
          expiry: { type: "none" },
          sales_channel_ids: [],
          description: "Our most valued customers: priority booking and the VIP lounge.",
        },
        {
          name: "Staff",
          abbreviation: "STF",
          icon: "User",
          color: "#2563EB",
          display: "overview",
          expiry: { type: "none" },
          sales_channel_ids: [],
          description: "Works at Nordscen; staff prices apply.",
        },
        {
          name: "Press",
          abbreviation: "PR",
          icon: "Newspaper",
          color: "#EA580C",
          display: "popup",
          expiry: { type: "days_after_assignment", days: 90 },
          sales_channel_ids: [data.channels.boxOffice],
          description: "Critics and journalists: press tickets are collected at the box office.",
        },
      ],
    },
  })
  const flagId = new Map(flags.map((flag) => [flag.name, flag.id]))

  const staff = data.customers.slice(0, STAFF_COUNT)
  const vips = data.customers
    .slice(STAFF_COUNT)
    .filter((c) => data.spent.has(c.id))
    .sort((a, b) => data.spent.get(b.id)! - data.spent.get(a.id)!)
    .slice(0, VIP_NOTES.length)
  const press = data.customers
    .slice(STAFF_COUNT)
    .filter((c) => !vips.includes(c) && !c.company_name)
    .slice(-PRESS_NOTES.length)

  const assign = (name: string, customers: SeededCustomer[], notes: string[]) =>
    customers.map((customer, i) => ({
      flag_id: flagId.get(name)!,
      customer_id: customer.id,
      note: notes[i],
    }))

  await assignCustomerFlagsWorkflow(container).run({
    input: {
      assignments: [
        ...assign("VIP", vips, VIP_NOTES),
        ...assign("Staff", staff, STAFF_NOTES),
        ...assign("Press", press, PRESS_NOTES),
      ],
      source: "manual",
    },
  })
}

/** The last write: `scripts/demo.js` looks for it to skip the seed next time. */
async function markSeeded(container: MedusaContainer, storeId: string) {
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: storeId },
      update: { metadata: { [DEMO_SEED_MARKER]: new Date().toISOString() } },
    },
  })
}
