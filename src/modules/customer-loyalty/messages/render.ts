import { Liquid } from "liquidjs"
import {
  exampleMessageVariables,
  LOYALTY_MESSAGE_VARIABLE_NAMES,
  LoyaltyMessageVariables,
} from "./variables"

/**
 * Liquid, set up for text a merchant writes and a server renders:
 * - no file access: `include`, `render` and `layout` look only in an empty
 *   in-memory map, so `{% include '/etc/passwd' %}` finds nothing;
 * - no code: Liquid has no expression evaluation, and `ownPropertyOnly`
 *   keeps `constructor`, `__proto__` and other inherited properties out of reach;
 * - strict variables and filters, so a typo is an error, not an empty string;
 * - limits on template size, render time and memory (a `(1..1000000000)`
 *   loop stops instead of holding the server).
 */
const engine = new Liquid({
  templates: {},
  relativeReference: false,
  dynamicPartials: false,
  strictVariables: true,
  strictFilters: true,
  ownPropertyOnly: true,
  cache: false,
  parseLimit: 100_000,
  renderLimit: 1_000,
  memoryLimit: 10_000_000,
})

const DEFAULT_LOCALE = "en"

/**
 * `{{ points | number }}`: a number grouped as the message's locale writes
 * it (1,200 in English, 1 200 in Swedish); anything else passes through.
 * The locale travels in the render's globals, not among the variables a
 * template may name.
 */
engine.registerFilter(
  "number",
  function (this: { context: { globals: Record<string, unknown> } }, value: unknown) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      return value
    }
    const locale = this.context.globals.locale
    try {
      return new Intl.NumberFormat(typeof locale === "string" ? locale : DEFAULT_LOCALE).format(
        value
      )
    } catch {
      return new Intl.NumberFormat(DEFAULT_LOCALE).format(value)
    }
  }
)

// Tags that read other templates have nothing to read here; refusing them
// at save time says so instead of failing when a member is credited.
const FILE_TAGS = /\{%-?\s*(include|render|layout)\b/

export type LoyaltyMessageTemplate = { subject: string; body: string }

/** Why a template cannot be used, in words, or null when it can. */
export function templateProblem(source: string): string | null {
  if (FILE_TAGS.test(source)) {
    return "must not use include, render or layout"
  }
  let template
  try {
    template = engine.parse(source)
  } catch (error) {
    return `is not a valid template: ${messageOf(error)}`
  }
  try {
    const unknown = engine
      .globalVariablesSync(template)
      .filter((name) => !(LOYALTY_MESSAGE_VARIABLE_NAMES as readonly string[]).includes(name))
    if (unknown.length) {
      return `uses unknown variable${unknown.length > 1 ? "s" : ""} '${unknown.join("', '")}' (known: ${LOYALTY_MESSAGE_VARIABLE_NAMES.join(", ")})`
    }
    engine.renderSync(template, exampleMessageVariables())
  } catch (error) {
    return `cannot be rendered: ${messageOf(error)}`
  }
  return null
}

/** Renders a checked template with a member's values, numbers in `locale`'s words. */
export function renderMessageTemplate(
  source: string,
  variables: LoyaltyMessageVariables,
  locale: string = DEFAULT_LOCALE
): string {
  return engine.parseAndRenderSync(source, variables, { globals: { locale } })
}

/** Renders subject and body; the subject on one line. */
export function renderLoyaltyMessage(
  template: LoyaltyMessageTemplate,
  variables: LoyaltyMessageVariables,
  locale: string = DEFAULT_LOCALE
): LoyaltyMessageTemplate {
  return {
    subject: renderMessageTemplate(template.subject, variables, locale).replace(/\s+/g, " ").trim(),
    body: renderMessageTemplate(template.body, variables, locale),
  }
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

/** The plain-text body as HTML for email providers that want both. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
    .split(/\r?\n\r?\n/)
    .map((paragraph) => `<p>${paragraph.replace(/\r?\n/g, "<br>")}</p>`)
    .join("\n")
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  // Liquid appends the source excerpt after a comma-separated position; the
  // first line is the useful part.
  return text.split("\n")[0]
}
