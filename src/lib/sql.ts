/**
 * A piece of SQL with its parameters, written with `?` placeholders as
 * knex and MikroORM's `execute` take them. Values never enter the text
 * built here: `sql` turns every interpolated value into a placeholder, and
 * only fragments (and `raw`, for the compiler's own constants) are spliced
 * in. (MikroORM's `execute`, which the modules run statements with, then
 * writes each value into the statement as an escaped literal.)
 */
export type SqlFragment = { readonly text: string; readonly params: readonly unknown[] }

const FRAGMENT = Symbol("sql-fragment")

type Fragment = SqlFragment & { [FRAGMENT]: true }

const fragment = (text: string, params: readonly unknown[]): Fragment => ({
  text,
  params,
  [FRAGMENT]: true,
})

const isFragment = (value: unknown): value is Fragment =>
  typeof value === "object" && value !== null && FRAGMENT in value

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  let text = strings[0]
  const params: unknown[] = []
  values.forEach((value, index) => {
    if (isFragment(value)) {
      text += value.text
      params.push(...value.params)
    } else {
      text += "?"
      params.push(value instanceof Date ? timestampValue(value) : value)
    }
    text += strings[index + 1]
  })
  return fragment(text, params)
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0")

/**
 * A Date as PostgreSQL reads it in every year it holds. A Date becomes its
 * ISO string in the statement, and past 9999 that is `+010000-01-01T…`,
 * which PostgreSQL refuses; the exclusive end of a range that ends on
 * 9999-12-31 is such an instant. Other dates stay Dates.
 */
function timestampValue(date: Date): Date | string {
  const year = date.getUTCFullYear()
  if (Number.isNaN(year) || year <= 9999) {
    return date
  }
  return (
    `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}` +
    `.${pad(date.getUTCMilliseconds(), 3)}Z`
  )
}

/** Trusted text: identifiers and operators chosen by the compiler, never input. */
export const raw = (text: string): SqlFragment => fragment(text, [])

export const join = (parts: readonly SqlFragment[], separator: string): SqlFragment =>
  fragment(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.params)
  )

/**
 * A list of text values as one parameter: `= ANY(textArray(ids))`. The list
 * travels as a JSON string because knex expands array parameters into
 * comma-separated placeholders.
 */
export const textArray = (values: readonly string[]): SqlFragment =>
  sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`

/** Each value its own parameter, comma-separated: `IN (${list(values)})`. */
export const list = (values: readonly unknown[]): SqlFragment =>
  join(
    values.map((value) => sql`${value}`),
    ", "
  )

/** `WHERE a AND b …` on a line of its own, or nothing without conditions. */
export const whereAll = (conditions: readonly SqlFragment[]): SqlFragment =>
  conditions.length
    ? sql`
 WHERE ${join(conditions, "\n   AND ")}`
    : raw("")
