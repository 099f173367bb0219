/**
 * Logos of companies and products among the @medusajs/icons exports. A flag
 * marks a customer ("VIP", "Press"), so its icon should be a UI symbol, not
 * somebody's brand; most of these also draw in fixed colours that ignore the
 * flag's colour. Flags saved earlier with one of them keep it and still show
 * it; the picker and new flags offer the rest.
 *
 * Read against the @medusajs/icons version in package.json; a logo added in a
 * later version is offered until it is listed here.
 */
export const BRAND_ICON_NAMES: ReadonlySet<string> = new Set([
  "AiAssistent",
  "AiAssistentLuminosity",
  "Amazon",
  "Apple",
  "Astro",
  "Bloom",
  "BloomBadge",
  "Contentful",
  "Discord",
  "Facebook",
  "Figma",
  "Gatsby",
  "GatsbyEx",
  "Github",
  "Google",
  "Javascript",
  "JavascriptEx",
  "Klarna",
  "KlarnaEx",
  "Klaviyo",
  "Linear",
  "Linkedin",
  "MarkdownSolid",
  "Mastercard",
  "Medusa",
  "Meilisearch",
  "Meta",
  "NextJs",
  "Paypal",
  "ReactJs",
  "ReactJsEx",
  "Resend",
  "Sanity",
  "Sap",
  "Sendgrid",
  "Shipbob",
  "Shippo",
  "Slack",
  "Stripe",
  "Svelte",
  "Tailwind",
  "Tanstack",
  "Telegram",
  "Typescript",
  "TypescriptEx",
  "Vercel",
  "Visa",
  "Vite",
  "Webshipper",
  "X",
])

/** Whether an icon export name is one flags are offered: a component, not a logo. */
export const isOfferedIconName = (name: string) =>
  /^[A-Z]/.test(name) && !BRAND_ICON_NAMES.has(name)
