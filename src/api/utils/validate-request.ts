import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  validateAndTransformBody as medusaValidateBody,
  validateAndTransformQuery as medusaValidateQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type BodySchema = Parameters<typeof medusaValidateBody>[0]
type QuerySchema = Parameters<typeof medusaValidateQuery>[0]
type QueryConfig = Parameters<typeof medusaValidateQuery>[1]

const isJsonObject = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const kindOf = (value: unknown) =>
  Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`

/**
 * Medusa's `validateAndTransformBody`, after checking that the body is a
 * JSON object. A text/plain body, an array or a bare value otherwise gets
 * Medusa's "Field '' is required", which names nothing.
 */
export function validateAndTransformBody(schema: BodySchema) {
  const validate = medusaValidateBody(schema)
  return async function validateBody(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    if (!isJsonObject(req.body)) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Invalid request: the body must be a JSON object, not ${kindOf(req.body)}`
        )
      )
    }
    return validate(req, res, next)
  }
}

/**
 * Medusa's `validateAndTransformQuery`, after refusing keys nested more than
 * two levels (`?a.b.c=1`): Medusa throws `invalid_argument` for them, which
 * its error handler answers with a 500.
 */
export function validateAndTransformQuery(schema: QuerySchema, config: QueryConfig) {
  const validate = medusaValidateQuery(schema, config)
  return async function validateQuery(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const tooDeep = Object.keys(req.query ?? {}).find((key) => key.split(".").length > 2)
    if (tooDeep !== undefined) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Invalid request: Field '${tooDeep}' is nested more than two levels deep`
        )
      )
    }
    return validate(req, res, next)
  }
}
