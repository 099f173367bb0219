import { z } from "zod"
import {
  MAX_FLAG_EXPIRY_DAYS,
  flagAbbreviation,
  flagColor,
  flagExpiryDays,
  flagName,
} from "../../lib/schemas/customer-flag"
import type { ExpiryDraft } from "../components/expiry-fields"
import type { SalesChannelOption } from "../components/sales-channel-select"
import { numberOf, passes } from "./form-rules"
import { FlagDisplay } from "./types"

/** The flag form's checks: the API's rules (src/lib/schemas/customer-flag), in words for staff. */
export const flagFormSchema = z.object({
  name: z.string().refine(passes(flagName), "Give the flag a name."),
  abbreviation: z.string().refine(passes(flagAbbreviation), "Use 1 to 4 characters."),
  icon: z.string().min(1, "Pick an icon."),
  color: z.string().refine(passes(flagColor), "Use a hex colour such as #7C3AED."),
  display: z.custom<FlagDisplay>(),
  expiry: z.custom<ExpiryDraft>().superRefine((expiry, ctx) => {
    if (expiry.type === "fixed_date" && !expiry.date) {
      ctx.addIssue({ code: "custom", message: "Pick the date the flag expires on." })
    }
    if (expiry.type === "days_after_assignment" && !passes(flagExpiryDays)(numberOf(expiry.days))) {
      ctx.addIssue({
        code: "custom",
        message: `Use a whole number of days from 1 to ${MAX_FLAG_EXPIRY_DAYS}.`,
      })
    }
  }),
  sales_channels: z.custom<SalesChannelOption[]>(),
  description: z.string(),
})
