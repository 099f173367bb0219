/**
 * The demo store: Nordscen, a fictional Nordic stage that sells tickets,
 * passes and merchandise. Prices are in major units, VAT included.
 */
export const STORE_NAME = "Nordscen (demo)"

export const CATEGORIES = [
  "Theatre",
  "Dance & opera",
  "Concerts",
  "Family",
  "Comedy",
  "Passes & vouchers",
  "Experiences",
  "Merchandise",
] as const

export type CategoryName = (typeof CATEGORIES)[number]

export type CatalogVariant = {
  title: string
  sku: string
  sek: number
  eur: number
}

export type CatalogProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: CategoryName
  /** Tickets and vouchers have no stock to count; merchandise does. */
  manage_inventory: boolean
  option: string
  variants: CatalogVariant[]
}

const seats = (sku: string, stalls: [number, number], circle: [number, number]) => [
  { title: "Stalls", sku: `${sku}-STALLS`, sek: stalls[0], eur: stalls[1] },
  { title: "Circle", sku: `${sku}-CIRCLE`, sek: circle[0], eur: circle[1] },
]

const ticket = (
  product: Omit<CatalogProduct, "manage_inventory" | "option"> & { option?: string }
): CatalogProduct => ({ option: "Seating", ...product, manage_inventory: false })

const merch = (
  product: Omit<CatalogProduct, "manage_inventory" | "category" | "option"> & {
    option?: string
  }
): CatalogProduct => ({
  option: "Variant",
  ...product,
  category: "Merchandise",
  manage_inventory: true,
})

export const PRODUCTS: CatalogProduct[] = [
  ticket({
    handle: "hamlet",
    title: "Hamlet",
    subtitle: "Main stage, Stockholm",
    description: "Shakespeare's tragedy in a stark new staging, with live music from the balcony.",
    category: "Theatre",
    variants: seats("HAMLET", [495, 45], [345, 32]),
  }),
  ticket({
    handle: "midsummer-nights-dream",
    title: "A Midsummer Night's Dream",
    subtitle: "Open-air stage, Göteborg",
    description: "The summer comedy, played outdoors on the longest evenings of the year.",
    category: "Theatre",
    variants: seats("MIDSUMMER", [445, 41], [295, 27]),
  }),
  ticket({
    handle: "nordic-noir",
    title: "Nordic Noir",
    subtitle: "A crime comedy",
    description:
      "A detective, a snowed-in ferry and eleven suspects. Nobody is safe from the jokes.",
    category: "Theatre",
    variants: seats("NOIR", [395, 36], [275, 25]),
  }),
  ticket({
    handle: "the-nutcracker",
    title: "The Nutcracker",
    subtitle: "Christmas ballet",
    description: "Tchaikovsky's ballet with the Nordscen orchestra, every December.",
    category: "Dance & opera",
    variants: [
      ...seats("NUTCRACKER", [595, 55], [425, 39]),
      { title: "Box", sku: "NUTCRACKER-BOX", sek: 895, eur: 82 },
    ],
  }),
  ticket({
    handle: "carmen-opera-gala",
    title: "Opera gala: Carmen",
    subtitle: "Main stage, Stockholm",
    description: "Bizet's Carmen in concert, with a guest mezzo and full chorus.",
    category: "Dance & opera",
    variants: [
      ...seats("CARMEN", [695, 64], [495, 45]),
      { title: "Box", sku: "CARMEN-BOX", sek: 1095, eur: 99 },
    ],
  }),
  ticket({
    handle: "jazz-at-the-quay",
    title: "Jazz at the Quay",
    subtitle: "Friday sessions",
    description: "Late-night jazz by the water. Standing room, bar open.",
    category: "Concerts",
    option: "Ticket",
    variants: [{ title: "Standing", sku: "JAZZ-STANDING", sek: 250, eur: 23 }],
  }),
  ticket({
    handle: "sibelius-and-grieg",
    title: "String quartet: Sibelius & Grieg",
    subtitle: "Chamber hall",
    description: "Voces intimae and the G minor quartet, by candlelight.",
    category: "Concerts",
    variants: seats("QUARTET", [320, 29], [220, 20]),
  }),
  ticket({
    handle: "pippi-on-stage",
    title: "Pippi on stage",
    subtitle: "For ages 4 and up",
    description:
      "The strongest girl in the world moves into Villa Villekulla — and into the theatre.",
    category: "Family",
    option: "Ticket",
    variants: [
      { title: "Child", sku: "PIPPI-CHILD", sek: 150, eur: 14 },
      { title: "Adult", sku: "PIPPI-ADULT", sek: 260, eur: 24 },
    ],
  }),
  ticket({
    handle: "stand-up-nordic-humour",
    title: "Stand-up night: Nordic humour",
    subtitle: "Studio stage",
    description: "Five comedians from five Nordic countries, one language barrier.",
    category: "Comedy",
    option: "Ticket",
    variants: [{ title: "Standard", sku: "STANDUP-STD", sek: 295, eur: 27 }],
  }),
  ticket({
    handle: "season-pass",
    title: "Season pass 2025/26",
    subtitle: "Every premiere, one card",
    description:
      "A seat at every premiere of the season; Premium adds the best seats and a glass in the interval.",
    category: "Passes & vouchers",
    option: "Pass",
    variants: [
      { title: "Standard", sku: "PASS-STD", sek: 2995, eur: 275 },
      { title: "Premium", sku: "PASS-PREMIUM", sek: 4995, eur: 459 },
    ],
  }),
  ticket({
    handle: "gift-voucher",
    title: "Gift voucher",
    subtitle: "For any performance",
    description: "A voucher for tickets, passes or merchandise, valid for two years.",
    category: "Passes & vouchers",
    option: "Value",
    variants: [
      { title: "250 SEK / 25 EUR", sku: "VOUCHER-250", sek: 250, eur: 25 },
      { title: "500 SEK / 50 EUR", sku: "VOUCHER-500", sek: 500, eur: 50 },
      { title: "1000 SEK / 100 EUR", sku: "VOUCHER-1000", sek: 1000, eur: 100 },
    ],
  }),
  ticket({
    handle: "backstage-tour",
    title: "Backstage tour",
    subtitle: "Saturdays at 11",
    description: "An hour behind the scenes: the workshops, the fly tower and the dressing rooms.",
    category: "Experiences",
    option: "Ticket",
    variants: [
      { title: "Adult", sku: "TOUR-ADULT", sek: 180, eur: 17 },
      { title: "Student", sku: "TOUR-STUDENT", sek: 120, eur: 11 },
    ],
  }),
  ticket({
    handle: "interval-platter",
    title: "Interval platter",
    subtitle: "Shrimp sandwich and bubbles",
    description: "Pre-order for the interval; served at your table in the foyer.",
    category: "Experiences",
    option: "Serving",
    variants: [{ title: "One person", sku: "INTERVAL-PLATTER", sek: 165, eur: 15 }],
  }),
  merch({
    handle: "programme-hamlet",
    title: "Programme: Hamlet",
    subtitle: "48 pages",
    description: "Essays, rehearsal photos and the full cast list.",
    variants: [{ title: "Programme", sku: "PROG-HAMLET", sek: 80, eur: 8 }],
  }),
  merch({
    handle: "tote-bag",
    title: "Tote bag",
    subtitle: "Organic cotton",
    description: "A sturdy tote with the Nordscen curtain print.",
    option: "Colour",
    variants: [
      { title: "Natural", sku: "TOTE-NATURAL", sek: 149, eur: 14 },
      { title: "Black", sku: "TOTE-BLACK", sek: 149, eur: 14 },
    ],
  }),
  merch({
    handle: "hoodie",
    title: "Hoodie",
    subtitle: "Crew edition",
    description: "The hoodie the stage crew wears, now for the audience too.",
    option: "Size",
    variants: [
      { title: "S", sku: "HOODIE-S", sek: 599, eur: 55 },
      { title: "M", sku: "HOODIE-M", sek: 599, eur: 55 },
      { title: "L", sku: "HOODIE-L", sek: 599, eur: 55 },
    ],
  }),
  merch({
    handle: "nutcracker-t-shirt",
    title: "T-shirt: The Nutcracker",
    subtitle: "Unisex",
    description: "Printed with the poster art of this year's Christmas ballet.",
    option: "Size",
    variants: [
      { title: "S", sku: "TEE-NUT-S", sek: 249, eur: 23 },
      { title: "M", sku: "TEE-NUT-M", sek: 249, eur: 23 },
      { title: "L", sku: "TEE-NUT-L", sek: 249, eur: 23 },
    ],
  }),
  merch({
    handle: "jazz-at-the-quay-vinyl",
    title: "Vinyl: Jazz at the Quay — Live",
    subtitle: "180 g LP",
    description: "Recorded over three Friday sessions last summer.",
    variants: [{ title: "LP", sku: "VINYL-JAZZ", sek: 299, eur: 28 }],
  }),
  merch({
    handle: "carmen-poster",
    title: "Poster: Carmen",
    subtitle: "Matte print",
    description: "The opera gala poster, printed on heavy matte paper.",
    option: "Size",
    variants: [
      { title: "50 × 70 cm", sku: "POSTER-CARMEN-50", sek: 199, eur: 18 },
      { title: "70 × 100 cm", sku: "POSTER-CARMEN-70", sek: 299, eur: 28 },
    ],
  }),
  merch({
    handle: "enamel-mug",
    title: "Enamel mug",
    subtitle: "Foyer classic",
    description: "The mug from the foyer café, with the Nordscen logo.",
    variants: [{ title: "Mug", sku: "MUG-ENAMEL", sek: 179, eur: 16 }],
  }),
  merch({
    handle: "opera-glasses",
    title: "Opera glasses",
    subtitle: "3× magnification",
    description: "Brass opera glasses in a velvet pouch.",
    variants: [{ title: "Opera glasses", sku: "OPERA-GLASSES", sek: 449, eur: 41 }],
  }),
]
