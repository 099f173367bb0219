import * as Icons from "@medusajs/icons"
import type { ComponentType } from "react"
import { isOfferedIconName } from "../../utils/flag-icons"

type IconComponent = ComponentType<{ className?: string; color?: string }>

const iconsByName = Icons as unknown as Record<string, IconComponent>

/** Every icon exported by @medusajs/icons, by export name (what a flag stores). */
export const ICON_NAMES = Object.keys(iconsByName)
  .filter((name) => /^[A-Z]/.test(name))
  .sort()

/** The icons the picker offers: UI icons, not brand logos (see utils/flag-icons). */
export const OFFERED_ICON_NAMES = ICON_NAMES.filter(isOfferedIconName)

/** Any export renders, offered or not: a flag keeps the icon it was saved with. */
export const getIcon = (name: string): IconComponent | undefined =>
  ICON_NAMES.includes(name) ? iconsByName[name] : undefined
