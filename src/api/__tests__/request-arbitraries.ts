import fc from "fast-check"

/**
 * Values that have broken request handling somewhere: dates JavaScript
 * parses and PostgreSQL refuses, numbers past int4 and float precision,
 * NUL and lone surrogates, words that mean something to JavaScript.
 */
export const EDGE_VALUES: unknown[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "🦄",
  "Ω≈ç√∫",
  "ÅÄÖ åäö",
  "'; DROP TABLE customer; --",
  "%",
  "_",
  "\\",
  "0000-01-01",
  "2026-02-30",
  "2026-13-01",
  "-271821-04-20",
  "+275760-09-13T00:00:00.000Z",
  "9999-12-31T23:59:59+23:59",
  "2026-01-01T24:00Z",
  "1",
  "-1",
  "1e999",
  "NaN",
  "Infinity",
  "null",
  "true",
  "undefined",
  "__proto__",
  "constructor",
  "toString",
  0,
  -0,
  1,
  -1,
  0.5,
  1e-7,
  1e21,
  2147483647,
  2147483648,
  -2147483649,
  Number.MAX_SAFE_INTEGER,
  2 ** 63,
  1e308,
  -1e308,
  true,
  false,
  null,
  [],
  {},
  [null],
  [""],
  { "": null },
  { __proto__: null, constructor: "x" },
]

/** Long strings: past every `max`, and multi-byte. */
export const hugeString = fc.constantFrom(
  "x".repeat(100_001),
  "é".repeat(20_000),
  "🦄".repeat(10_000),
  "a\u0000".repeat(5_000)
)

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...EDGE_VALUES.filter((v): v is string => typeof v === "string"))
)

/** Anything JSON can carry, with edge values and the odd huge string. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_VALUES) },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: hugeString },
  {
    weight: 1,
    // Deep nesting, as a parser or a recursive validator sees it.
    arbitrary: fc.integer({ min: 20, max: 200 }).map((depth) => {
      let value: unknown = "bottom"
      for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }
      return value
    }),
  }
)

/** What express.json, express.text and express.urlencoded can hand a validator. */
export const junkBody: fc.Arbitrary<unknown> = fc
  .oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.object({ maxDepth: 3, values: [junkValue] }),
    text,
    fc.dictionary(text, fc.oneof(text, fc.array(text), fc.dictionary(text, text)))
  )
  // Through JSON, as a parsed request body is: plain objects, no undefined.
  .map((body) => (body === undefined ? body : JSON.parse(JSON.stringify(body))))

type Path = (string | number)[]

/** Every path into an object or array, the root excluded. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.flatMap((child, i) => [[...prefix, i], ...pathsOf(child, [...prefix, i])])
  }
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => [
      [...prefix, key],
      ...pathsOf(child, [...prefix, key]),
    ])
  }
  return []
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value))

/** An object or array of a JSON body, read and written by a path's keys. */
type JsonNode = Record<string | number, unknown>

function setPath(target: unknown, path: Path, value: unknown) {
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as JsonNode, target as JsonNode)
  parent[path[path.length - 1]] = value
  return target
}

function deletePath(target: unknown, path: Path) {
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as JsonNode, target as JsonNode)
  if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1)
  else delete parent[path[path.length - 1]]
  return target
}

/**
 * A valid body with one to three changes: a value swapped for junk, a key
 * removed, or an unknown key added.
 */
export function mutationsOf(example: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths = pathsOf(example)
  const change = fc.oneof(
    fc.record({
      kind: fc.constant("set" as const),
      path: fc.constantFrom(...paths),
      value: junkValue,
    }),
    fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...paths) }),
    fc.record({
      kind: fc.constant("add" as const),
      path: fc.constantFrom<Path>([], ...paths),
      key: fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "id", "deleted_at")),
      value: junkValue,
    })
  )
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    let body: unknown = clone(example)
    for (const c of changes) {
      try {
        if (c.kind === "set") body = c.path.length ? setPath(body, c.path, c.value) : c.value
        else if (c.kind === "delete") body = deletePath(body, c.path)
        else {
          const parent = c.path.reduce<unknown>(
            (node, key) => (node as JsonNode | undefined)?.[key],
            body
          )
          if (parent && typeof parent === "object" && !Array.isArray(parent)) {
            // defineProperty: a "__proto__" key is an own key, as JSON.parse makes it.
            Object.defineProperty(parent, c.key, {
              value: c.value,
              enumerable: true,
              writable: true,
              configurable: true,
            })
          }
        }
      } catch {
        // An earlier change removed the path: keep the body as it is.
      }
    }
    // Through JSON, as the request would carry it.
    return body === undefined ? body : JSON.parse(JSON.stringify(body))
  })
}

/** Query strings as Express's parser (qs) hands them over: strings, arrays, nested objects. */
export function queryOf(knownKeys: string[]): fc.Arbitrary<Record<string, unknown>> {
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...knownKeys) },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.constantFrom("a.b", "a.b.c", "fields.x", "__proto__", "") }
  )
  const scalar = fc.oneof(
    text,
    fc.constantFrom(...EDGE_VALUES.filter((v) => typeof v !== "object").map(String)),
    fc.integer().map(String),
    fc.double().map(String)
  )
  const value = fc.oneof(
    { weight: 5, arbitrary: scalar },
    { weight: 2, arbitrary: fc.array(scalar, { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.string(), scalar, { maxKeys: 3, noNullPrototype: true }),
    },
    { weight: 1, arbitrary: hugeString }
  )
  return fc.dictionary(key, value, { maxKeys: 5, noNullPrototype: true })
}
