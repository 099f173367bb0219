import { HEX_COLOR } from "../../lib/schemas/customer-flag"
import { FlagAssignmentSource, FlagDisplay, FlagExpiry } from "./types"

export const DISPLAY_MODES: {
  value: FlagDisplay
  label: string
  description: string
}[] = [
  {
    value: "card",
    label: "Card",
    description: "Shown as an icon in the Flags card on the customer's page.",
  },
  {
    value: "overview",
    label: "Overview",
    description: "Shown only in customer lists, not on the customer's page.",
  },
  {
    value: "popup",
    label: "Popup",
    description: "Shown on the customer's page and pops up when it is opened.",
  },
]

export const displayLabel = (display: FlagDisplay) =>
  DISPLAY_MODES.find((mode) => mode.value === display)?.label ?? display

const SOURCE_LABELS: Record<FlagAssignmentSource, string> = {
  manual: "Added by staff",
  purchase_rule: "Purchase rule",
  segment: "Segment",
  api: "API",
}

export const sourceLabel = (source: FlagAssignmentSource) => SOURCE_LABELS[source] ?? source

export const formatDate = (value: string | Date) =>
  new Date(value).toLocaleDateString(undefined, { dateStyle: "medium" })

export const formatDateTime = (value: string | Date) =>
  new Date(value).toLocaleString(undefined, {
    dateStyle: "medium",
    timeStyle: "short",
  })

export const expiryInWords = (expiry: FlagExpiry | undefined) => {
  switch (expiry?.type) {
    case "fixed_date":
      return `On ${formatDate(expiry.date)}`
    case "days_after_assignment":
      return expiry.days === 1 ? "1 day after assignment" : `${expiry.days} days after assignment`
    default:
      return "Never"
  }
}

/** The last moment of the given day, local time: "expires on" includes the day. */
export const endOfDay = (date: Date) => {
  const end = new Date(date)
  end.setHours(23, 59, 59, 999)
  return end
}

/** "#7C3AED": the colours the API takes. */
export { HEX_COLOR }

/** Black or white, whichever reads better on the given background. */
export const readableTextColor = (hex: string) => {
  if (!HEX_COLOR.test(hex)) {
    return "#FFFFFF"
  }
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4)
  })
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  // 0.179 is where black and white text have equal contrast (WCAG).
  return luminance > 0.179 ? "#111827" : "#FFFFFF"
}
