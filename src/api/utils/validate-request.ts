import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformBody as medusaValidateBody,
  validateAndTransformQuery as medusaValidateQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type BodySchema = Parameters<typeof medusaValidateBody>[0]
type QuerySchema = Parameters<typeof medusaValidateQuery>[0]
type QueryConfig = Parameters<typeof medusaValidateQuery>[1]

/** Deeper than any field of the plugin's (metadata included) needs. */
const MAX_DEPTH = 32

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const kindOf = (value: unknown) =>
  Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** What PostgreSQL refuses to store in text and JSON: NUL, and half of a surrogate pair. */
function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "must not contain the NUL character"
  if (LONE_SURROGATE.test(text)) return "must be valid Unicode (it holds half of a surrogate pair)"
  return null
}

/**
 * The first place in a request's input that would fail in the database
 * rather than in validation: a key or text PostgreSQL cannot store, or
 * nesting deep enough to overflow a recursive serializer. Walked without
 * recursion, for the same reason.
 */
function unstorable(input: unknown): { path: string; problem: string } | null {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: input, path: "", depth: 0 },
  ]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === "string") {
      const problem = textProblem(value)
      if (problem) return { path, problem }
      continue
    }
    if (typeof value !== "object" || value === null) continue
    if (depth > MAX_DEPTH) {
      return { path, problem: `is nested more than ${MAX_DEPTH} levels deep` }
    }
    const entries = Array.isArray(value)
      ? value.map((child, i) => [`${path}[${i}]`, child] as const)
      : Object.entries(value).map(([key, child]) => [path ? `${path}.${key}` : key, child] as const)
    for (const [childPath, child] of entries) {
      const keyProblem = textProblem(childPath)
      if (keyProblem) return { path: childPath, problem: keyProblem }
      stack.push({ value: child, path: childPath, depth: depth + 1 })
    }
  }
  return null
}

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${message}`)

/** A path as it can be shown back: NUL spelled out, half surrogates replaced. */
const printable = (path: string) =>
  // eslint-disable-next-line no-control-regex -- NUL is the character to spell out
  path.replace(/\u0000/g, "\\u0000").replace(new RegExp(LONE_SURROGATE, "g"), "\ufffd")

/**
 * Medusa's `validateAndTransformBody`, after checking that the body is a
 * JSON object (a text/plain body, an array or a bare value otherwise gets
 * Medusa's "Field '' is required", which names nothing) and that the
 * database can store what it holds (otherwise a 500 from PostgreSQL).
 */
export function validateAndTransformBody(schema: BodySchema) {
  const validate = medusaValidateBody(schema)
  return async function validateBody(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    if (!isJsonObject(req.body)) {
      return next(invalid(`the body must be a JSON object, not ${kindOf(req.body)}`))
    }
    const found = unstorable(req.body)
    if (found) {
      return next(invalid(`Field '${printable(found.path)}' ${found.problem}`))
    }
    return validate(req, res, next)
  }
}

/**
 * Medusa's `validateAndTransformQuery`, after refusing keys nested more than
 * two levels (`?a.b.c=1`: Medusa throws `invalid_argument` for them, which
 * its error handler answers with a 500) and text the database cannot store.
 */
export function validateAndTransformQuery(schema: QuerySchema, config: QueryConfig) {
  const validate = medusaValidateQuery(schema, config)
  return async function validateQuery(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const query = req.query ?? {}
    const tooDeep = Object.keys(query).find((key) => key.split(".").length > 2)
    if (tooDeep !== undefined) {
      return next(invalid(`Field '${tooDeep}' is nested more than two levels deep`))
    }
    const found = unstorable(query)
    if (found) {
      return next(invalid(`Field '${printable(found.path)}' ${found.problem}`))
    }
    return validate(req, res, next)
  }
}

/**
 * Refuses a path whose decoded segments PostgreSQL could not compare with
 * (`/admin/segments/%00`): the id reached a query and failed there, a 500.
 */
export function rejectUnstorablePath(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  // The whole path: inside a middleware mounted on "/admin/segments*",
  // Express's req.path is only what follows the mount point.
  const path = (req.originalUrl ?? req.url).split("?")[0]
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      continue // Express refuses a malformed escape itself
    }
    const problem = textProblem(decoded)
    if (problem) {
      return next(invalid(`the path segment '${printable(decoded)}' ${problem}`))
    }
  }
  next()
}

/** The plugin's routes (and Medusa's product routes, which its middleware extends). */
const PLUGIN_PATHS = [
  "/admin/benefits*",
  "/admin/customer-flags*",
  "/admin/customer-overview*",
  "/admin/customers*",
  "/admin/loyalty*",
  "/admin/products/:id/sale-start",
  "/admin/segments*",
  "/hooks/customer-loyalty*",
  "/store/carts/:id/loyalty",
  "/store/customers/me/loyalty*",
  "/store/customers/me/offers",
  "/store/loyalty*",
  "/store/products*",
]

export const pathGuardMiddlewares: MiddlewareRoute[] = PLUGIN_PATHS.map((matcher) => ({
  matcher,
  middlewares: [rejectUnstorablePath],
}))
