import { z } from "@medusajs/framework/zod"
import {
  canonicalLocale,
  MAX_MESSAGE_BODY_LENGTH,
  MAX_MESSAGE_SUBJECT_LENGTH,
  templateProblem,
} from "../../../../modules/customer-loyalty"
import { LOYALTY_MESSAGE_KINDS } from "../../../../modules/customer-loyalty/constants"
import { fieldError } from "../../../../lib/schemas/field-rules"

// A save sends the messages of one screen: two kinds in a few locales.
const MAX_MESSAGES_PER_SAVE = 50

/** A Liquid template: text of at most `max` characters that parses and uses only known variables. */
const template = (field: string, max: number) =>
  z
    .string(fieldError(field, "must be a string"))
    // Checked here rather than with .max(): Medusa prints its own words for
    // a too_big issue, with the path as `template, body`.
    .superRefine((source, ctx) => {
      const problem =
        source.length > max
          ? `must be at most ${max} characters`
          : source.trim()
            ? templateProblem(source)
            : "must not be empty"
      if (problem) {
        ctx.addIssue({ code: "custom", message: `Field '${field}' ${problem}` })
      }
    })

const locale = (field: string) =>
  z.string(fieldError(field, "must be a string")).transform((value, ctx) => {
    const canonical = canonicalLocale(value)
    if (!canonical) {
      ctx.addIssue({
        code: "custom",
        message: `Field '${field}' must be a locale such as 'en' or 'sv-SE'`,
      })
      return z.NEVER
    }
    return canonical
  })

const templatePair = (prefix: string) => ({
  subject: template(`${prefix}.subject`, MAX_MESSAGE_SUBJECT_LENGTH),
  body: template(`${prefix}.body`, MAX_MESSAGE_BODY_LENGTH),
})

const messageWrite = (prefix: string) =>
  z
    .object(
      {
        kind: z.enum(
          LOYALTY_MESSAGE_KINDS,
          fieldError(`${prefix}.kind`, `must be one of '${LOYALTY_MESSAGE_KINDS.join("', '")}'`)
        ),
        locale: locale(`${prefix}.locale`),
        // null for both removes the message in that locale
        subject: templatePair(prefix).subject.nullable(),
        body: templatePair(prefix).body.nullable(),
      },
      fieldError(prefix, "must be an object like { kind, locale, subject, body }")
    )
    .strict()
    .refine((message) => (message.subject === null) === (message.body === null), {
      message: `Field '${prefix}.body' must be null exactly when '${prefix}.subject' is (both null removes the message)`,
    })

/**
 * Parses each element with a schema that knows its index, so a 400 names
 * the field as `messages[2].body` (Medusa would print `messages, 2, body`).
 */
const indexed = <T extends z.ZodTypeAny>(field: string, element: (prefix: string) => T) =>
  z.array(z.unknown(), fieldError(field, "must be an array")).transform((items, ctx) => {
    if (!items.length || items.length > MAX_MESSAGES_PER_SAVE) {
      ctx.addIssue({
        code: "custom",
        message: `Field '${field}' must hold from 1 to ${MAX_MESSAGES_PER_SAVE} messages`,
      })
      return z.NEVER
    }
    const parsed: z.infer<T>[] = []
    items.forEach((item, i) => {
      const prefix = `${field}[${i}]`
      const result = element(prefix).safeParse(item)
      if (result.success) {
        parsed.push(result.data)
        return
      }
      for (const issue of result.error.issues) {
        ctx.addIssue({
          code: "custom",
          message:
            issue.code === "unrecognized_keys"
              ? `Field '${prefix}.${issue.keys[0]}' is not allowed`
              : issue.message,
        })
      }
    })
    return parsed
  })

export const AdminSaveLoyaltyMessages = z
  .object({ messages: indexed("messages", messageWrite) })
  .strict()
  .superRefine((body, ctx) => {
    const seen = new Set<string>()
    body.messages.forEach((message, i) => {
      const key = `${message.kind}:${message.locale}`
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          message: `Field 'messages[${i}]' repeats ${message.kind} in '${message.locale}'`,
        })
      }
      seen.add(key)
    })
  })
export type AdminSaveLoyaltyMessagesType = z.infer<typeof AdminSaveLoyaltyMessages>

export const AdminPreviewLoyaltyMessage = z
  .object({
    template: z
      .object(
        templatePair("template"),
        fieldError("template", "must be an object like { subject, body }")
      )
      .strict(),
    customer_id: z
      .string(fieldError("customer_id", "must be a string"))
      .trim()
      .refine((id) => id.length > 0 && id.length <= 100, {
        message: "Field 'customer_id' must be a customer id (1 to 100 characters)",
      }),
    /** The locale the message is written for: numbers are grouped as it writes them. */
    locale: locale("locale").optional(),
    /** The message being previewed: which of the member's points changes stands in. */
    kind: z
      .enum(
        LOYALTY_MESSAGE_KINDS,
        fieldError("kind", `must be one of '${LOYALTY_MESSAGE_KINDS.join("', '")}'`)
      )
      .optional(),
  })
  .strict()
export type AdminPreviewLoyaltyMessageType = z.infer<typeof AdminPreviewLoyaltyMessage>
