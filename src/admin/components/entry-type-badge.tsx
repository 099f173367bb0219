import { Badge } from "@medusajs/ui"
import { entryTypeOf } from "../lib/loyalty-format"
import { LoyaltyEntryType } from "../lib/types"

export const EntryTypeBadge = ({ type }: { type: LoyaltyEntryType }) => {
  const { label, color } = entryTypeOf(type)
  return (
    <Badge size="2xsmall" color={color}>
      {label}
    </Badge>
  )
}
