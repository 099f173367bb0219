import { AdditionalData } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { createSelectParams, WithAdditionalData } from "@medusajs/medusa/api/utils/validators"
import { SEGMENT_MEMBER_STATUSES } from "../../../modules/customer-loyalty/constants"
import { segmentName } from "../../../lib/schemas/segment"
import { parseSegmentRules } from "../../../segments"
import {
  cursorPagingParams,
  cursorWithoutOffset,
  cursorWithoutOffsetError,
  findParams,
  isoDateString,
  searchQuery,
} from "../../utils/loyalty-validators"

const fieldError = (field: string, rule: string) => ({
  message: `Field '${field}' ${rule}`,
})

/** The rule tree, validated and normalised; each problem names its path. */
const rules = z.unknown().transform((value, ctx) => {
  const parsed = parseSegmentRules(value)
  if (parsed.errors) {
    for (const error of parsed.errors) {
      ctx.addIssue({ code: "custom", message: `Field '${error.path}' ${error.message}` })
    }
    return z.NEVER
  }
  return parsed.rules
})

const segmentFields = {
  name: segmentName,
  description: z
    .string()
    .max(2000, fieldError("description", "must be at most 2000 characters"))
    .nullish(),
  rules,
  flag_id: z.string().min(1, fieldError("flag_id", "must be an id")).nullish(),
  remove_flag_on_leave: z
    .boolean(fieldError("remove_flag_on_leave", "must be true or false"))
    .optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

const CreateSegment = z.object(segmentFields).strict()
/** With `additional_data` for the workflow's hook (see docs/extending.md). */
export const AdminCreateSegment = WithAdditionalData(CreateSegment)
export type AdminCreateSegmentType = z.infer<typeof CreateSegment> & AdditionalData

const UpdateSegment = z
  .object({
    ...segmentFields,
    name: segmentName.optional(),
    rules: rules.optional(),
  })
  .strict()
export const AdminUpdateSegment = WithAdditionalData(UpdateSegment)
export type AdminUpdateSegmentType = z.infer<typeof UpdateSegment> & AdditionalData

export const AdminPreviewSegment = z.object({ rules }).strict()
export type AdminPreviewSegmentType = z.infer<typeof AdminPreviewSegment>

export const AdminGetSegmentParams = createSelectParams()

export const AdminGetSegmentsParams = findParams(50).extend({
  q: searchQuery(),
  flag_id: z.string().optional(),
})
export type AdminGetSegmentsParamsType = z.infer<typeof AdminGetSegmentsParams>

const instant = (field: string) => isoDateString(field).optional()

/** Newest first, paged by `cursor` (the `next_cursor` of the page before) or a small `offset`. */
export const AdminGetSegmentMembersParams = z
  .object({
    /** `current` (default): members now; `left`: former members; `all`: both. */
    status: z
      .enum(SEGMENT_MEMBER_STATUSES, fieldError("status", "must be one of current, left, all"))
      .default("current"),
    entered_after: instant("entered_after"),
    entered_before: instant("entered_before"),
    ...cursorPagingParams(50),
  })
  .strict()
  .refine(cursorWithoutOffset, cursorWithoutOffsetError)
export type AdminGetSegmentMembersParamsType = z.infer<typeof AdminGetSegmentMembersParams>
