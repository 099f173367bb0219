import { Manager, rows } from "../ledger/types"
import type { BenefitQuantityScope } from "../constants"

export type ProductEarlyAccess = {
  id: string
  title: string
  is_active: boolean
  early_access_from: Date | null
  starts_at: Date | null
  ends_at: Date | null
  max_products: number | null
  max_quantity: number | null
  quantity_scope: BenefitQuantityScope
  owner: { type: "flag" | "tier"; id: string; name: string }
}

type EarlyAccessRow = Omit<ProductEarlyAccess, "owner"> & {
  owner_id: string
  owner_name: string
  owner_type: ProductEarlyAccess["owner"]["type"]
}

/** The early-access benefits that open a product, with their owner's name (for staff). */
export async function earlyAccessForProduct(
  manager: Manager,
  productId: string
): Promise<ProductEarlyAccess[]> {
  const found = await rows<EarlyAccessRow>(
    manager,
    `SELECT b.id, b.title, b.is_active, b.early_access_from, b.starts_at, b.ends_at,
            b.max_products, b.max_quantity, b.quantity_scope,
            COALESCE(f.id, t.id) AS owner_id, COALESCE(f.name, t.name) AS owner_name,
            CASE WHEN f.id IS NOT NULL THEN 'flag' ELSE 'tier' END AS owner_type
       FROM customer_benefit b
       LEFT JOIN customer_flag f ON f.id = b.flag_id AND f.deleted_at IS NULL
       LEFT JOIN loyalty_tier t ON t.id = b.tier_id AND t.deleted_at IS NULL
      WHERE b.deleted_at IS NULL AND b.kind = 'early_access'
        AND b.product_ids @> jsonb_build_array(?::text)
        AND (f.id IS NOT NULL OR t.id IS NOT NULL)
      ORDER BY b.early_access_from NULLS FIRST, b.created_at`,
    [productId]
  )
  return found.map(({ owner_id, owner_name, owner_type, ...benefit }) => ({
    ...benefit,
    owner: { type: owner_type, id: owner_id, name: owner_name },
  }))
}
