import * as Icons from "@medusajs/icons"
import type { ComponentType } from "react"

type IconComponent = ComponentType<{ className?: string; color?: string }>

const iconsByName = Icons as unknown as Record<string, IconComponent>

/** Every icon exported by @medusajs/icons, by export name (what a flag stores). */
export const ICON_NAMES = Object.keys(iconsByName)
  .filter((name) => /^[A-Z]/.test(name))
  .sort()

export const getIcon = (name: string): IconComponent | undefined =>
  iconsByName[name]
