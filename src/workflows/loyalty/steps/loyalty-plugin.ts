import { MedusaContainer } from "@medusajs/framework/types"

/**
 * The module keys of `@medusajs/loyalty-plugin` (gift cards and store
 * credit). The plugin is optional: rewards of those kinds are refused
 * without it.
 */
export const LOYALTY_PLUGIN_MODULE = "loyalty"
export const STORE_CREDIT_MODULE = "store_credit"

export function hasLoyaltyPlugin(container: MedusaContainer): boolean {
  return container.hasRegistration(LOYALTY_PLUGIN_MODULE)
}
