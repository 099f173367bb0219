import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const ENTITIES = {
  product_ids: ["product", "Product"],
  variant_ids: ["product_variant", "Product variant"],
  collection_ids: ["product_collection", "Product collection"],
  category_ids: ["product_category", "Product category"],
} as const

/** 404 naming the first products, variants, collections or categories that do not exist. */
export async function assertCatalogIdsExist(
  scope: MedusaContainer,
  ids: Partial<Record<keyof typeof ENTITIES, string[]>>
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  for (const [key, [entity, label]] of Object.entries(ENTITIES)) {
    const wanted = [...new Set(ids[key as keyof typeof ENTITIES] ?? [])]
    if (!wanted.length) {
      continue
    }
    const { data } = await query.graph({
      entity,
      fields: ["id"],
      filters: { id: wanted },
    })
    const found = new Set(data.map((row: { id: string }) => row.id))
    const missing = wanted.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${label} with id: ${missing.slice(0, 5).join(", ")} was not found`
      )
    }
  }
}
