import { LoyaltyEarnRule } from "../lib/types"
import { CatalogKind, useCatalogNames } from "./catalog"

/** Which catalog a rule's target id is in; a service is a product or a variant. */
const kindOf = ({ target }: LoyaltyEarnRule): CatalogKind | null => {
  switch (target.type) {
    case "service":
      return target.id?.startsWith("variant_") ? "variant" : "product"
    case "all":
      return null
    default:
      return target.type
  }
}

/** The names of a page of rules' targets, by target id: one request per kind. */
export const useEarnRuleTargetNames = (rules: LoyaltyEarnRule[]) => {
  const idsOf = (kind: CatalogKind) =>
    rules.flatMap((rule) => (rule.target.id && kindOf(rule) === kind ? [rule.target.id] : []))
  const maps = [
    useCatalogNames("product", idsOf("product")),
    useCatalogNames("variant", idsOf("variant")),
    useCatalogNames("collection", idsOf("collection")),
    useCatalogNames("category", idsOf("category")),
  ]
  return new Map(maps.flatMap((map) => [...map]))
}
