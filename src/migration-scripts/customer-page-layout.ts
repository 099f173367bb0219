import { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_PAGE_ZONE, withPluginPlacements } from "../utils/customer-page-layout"

/**
 * Puts the Flags and Benefits cards at the top of the customer page for
 * every admin user, by adding their places to the store's default layout of
 * the page (the one an admin sees until they arrange their own). Places a
 * merchant chose already are kept. Runs once, with `medusa db:migrate`.
 */
export default async function placeCustomerPageWidgets({ container }: ExecArgs) {
  const settings = container.resolve(Modules.SETTINGS)
  const current = await settings.getSystemDefaultLayoutConfiguration(CUSTOMER_PAGE_ZONE)
  await settings.setSystemDefaultLayoutConfiguration(CUSTOMER_PAGE_ZONE, {
    widgets: withPluginPlacements(current?.configuration?.widgets),
  })
}
