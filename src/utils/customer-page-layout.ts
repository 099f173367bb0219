/** The widget zone prefix of Medusa's customer page (its `LayoutComposer`). */
export const CUSTOMER_PAGE_ZONE = "customer.details"

type WidgetPlacement = { section?: string; order?: number; hidden?: boolean }

/**
 * Where the plugin's customer-page widgets go by default. Medusa 2.21's
 * customer page is composed by the dashboard's `LayoutComposer`, which files
 * a `customer.details.before` widget under the "main" section *after*
 * Medusa's own sections (widgets without a saved order come after core
 * entries; "before"/"after" no longer place anything). Only a layout
 * configuration can put a widget above them: these lower orders do. Keys
 * are `widget:` and the widget's config `id`.
 */
export const CUSTOMER_PAGE_PLACEMENTS: Record<string, WidgetPlacement> = {
  "widget:customer-loyalty:customer-flags": { section: "main", order: -2 },
  "widget:customer-loyalty:customer-benefits": { section: "main", order: -1 },
  "widget:customer-loyalty:customer-summary": { section: "side", order: -1 },
}

/**
 * The store's default layout with the plugin's placements added where the
 * merchant has not placed those widgets already.
 */
export function withPluginPlacements(
  widgets: Record<string, WidgetPlacement> | null | undefined
): Record<string, WidgetPlacement> {
  return { ...CUSTOMER_PAGE_PLACEMENTS, ...(widgets ?? {}) }
}
