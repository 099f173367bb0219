import { MedusaError } from "@medusajs/framework/utils"
import { isOfferedIconName } from "../../../utils/flag-icons"

let iconNames: Set<string> | undefined

/**
 * The icon names the admin can render: the exports of `@medusajs/icons`.
 * Read once, on first use.
 */
export function isKnownIconName(name: string): boolean {
  if (!iconNames) {
    // Loaded on first use only: the icon package is large and most requests
    // never check an icon name.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    const icons = require("@medusajs/icons") as Record<string, unknown>
    iconNames = new Set(Object.keys(icons).filter((key) => /^[A-Z]/.test(key)))
  }
  return iconNames.has(name)
}

/** The icons a flag may be given: UI icons of `@medusajs/icons`, not brand logos. */
export const isFlagIconName = (name: string) => isKnownIconName(name) && isOfferedIconName(name)

export const FLAG_ICON_RULE =
  "must be the name of a UI icon from @medusajs/icons, e.g. 'Star' (brand logos are not offered)"

/**
 * An update may send the icon a flag already has, even one no longer
 * offered (a logo saved before they were left out), so that saving a flag
 * unchanged never fails; changing to such an icon is refused.
 */
export function assertIconChangeAllowed(icon: string | undefined, storedIcon: string) {
  if (icon !== undefined && icon !== storedIcon && !isFlagIconName(icon)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Field 'icon' ${FLAG_ICON_RULE}`)
  }
}
