import { useState } from "react"
import { CatalogKind, useCatalogSearch } from "../hooks/catalog"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { SearchSelect } from "./search-select"

const NOUNS: Record<CatalogKind, string> = {
  product: "products",
  variant: "variants",
  collection: "collections",
  category: "categories",
}

type CatalogSearchSelectProps = {
  kind: CatalogKind
  selectedId: string | null
  onSelect: (item: { id: string; label: string }) => void
}

/** Picks one product, collection or category with the dashboard's own search. */
export const CatalogSearchSelect = ({ kind, selectedId, onSelect }: CatalogSearchSelectProps) => {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const { data, isPending, error } = useCatalogSearch(kind, { q: q || undefined })

  return (
    <SearchSelect
      noun={NOUNS[kind]}
      search={search}
      onSearchChange={setSearch}
      options={data?.items ?? []}
      isPending={isPending}
      error={error ? error.message : null}
      selectedId={selectedId}
      onSelect={onSelect}
      footer={
        data && data.count > data.items.length
          ? `Showing ${data.items.length} of ${data.count}; search to find others.`
          : undefined
      }
      testId={`loyalty-target-${kind}`}
    />
  )
}
