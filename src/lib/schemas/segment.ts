import { z } from "zod"

/** A segment's name, for the API's validators and the admin's form (see customer-flag.ts). */
export const segmentName = z.string().trim().min(1).max(100)
