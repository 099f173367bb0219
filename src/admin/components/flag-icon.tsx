import { FlagMini } from "@medusajs/icons"
import { clx } from "@medusajs/ui"
import { getIcon } from "../lib/icons"
import { readableTextColor } from "../lib/flag-format"

type FlagIconProps = {
  flag: { icon: string; color: string; abbreviation: string; name?: string }
  size?: "small" | "base" | "large"
  /** Without the abbreviation it is a round badge with only the icon. */
  showAbbreviation?: boolean
  className?: string
}

const SIZES = {
  small: {
    pill: "h-5 px-1.5 gap-x-0.5",
    round: "size-5",
    text: "txt-compact-xsmall-plus",
    icon: "size-3.5",
  },
  base: {
    pill: "h-7 px-2 gap-x-1",
    round: "size-7",
    text: "txt-compact-small-plus",
    icon: "size-4",
  },
  large: {
    pill: "h-10 px-3 gap-x-1.5",
    round: "size-10",
    text: "txt-compact-large-plus",
    icon: "size-5",
  },
}

/** A flag as staff recognise it: its icon and abbreviation on its colour. */
export const FlagIcon = ({
  flag,
  size = "base",
  showAbbreviation = true,
  className,
}: FlagIconProps) => {
  const Icon = getIcon(flag.icon) ?? FlagMini
  const sizes = SIZES[size]
  const withText = showAbbreviation && !!flag.abbreviation

  return (
    <span
      className={clx(
        "shadow-borders-base inline-flex shrink-0 items-center justify-center rounded-full",
        withText ? sizes.pill : sizes.round,
        className
      )}
      style={{ backgroundColor: flag.color, color: readableTextColor(flag.color) }}
      {...(!withText && flag.name ? { role: "img", "aria-label": flag.name } : {})}
    >
      <Icon className={clx("shrink-0", sizes.icon)} aria-hidden />
      {withText && (
        <span className={clx("whitespace-nowrap leading-none", sizes.text)}>
          {flag.abbreviation}
        </span>
      )}
    </span>
  )
}
