import type { HttpTypes } from "@medusajs/types"
import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from "react"
import { sdk } from "./medusa"

type RegionContextValue = {
  regions: HttpTypes.StoreRegion[]
  region: HttpTypes.StoreRegion | null
  setRegionId: (id: string) => void
}

const RegionContext = createContext<RegionContextValue | null>(null)
const STORAGE_KEY = "nordscen_region_id"

/** The regions the shop sells in and the one the shopper picked (Sweden first). */
export function RegionProvider({ children }: { children: ReactNode }) {
  const [regions, setRegions] = useState<HttpTypes.StoreRegion[]>([])
  const [regionId, setRegionIdState] = useState<string | null>(() =>
    localStorage.getItem(STORAGE_KEY)
  )

  useEffect(() => {
    sdk.store.region.list({ fields: "id,name,currency_code,*countries" }).then(({ regions }) => {
      const sorted = [...regions].sort(
        (a, b) => Number(b.currency_code === "sek") - Number(a.currency_code === "sek")
      )
      setRegions(sorted)
    })
  }, [])

  const setRegionId = useCallback((id: string) => {
    localStorage.setItem(STORAGE_KEY, id)
    setRegionIdState(id)
  }, [])

  const region = regions.find((r) => r.id === regionId) ?? regions[0] ?? null
  return (
    <RegionContext.Provider value={{ regions, region, setRegionId }}>
      {children}
    </RegionContext.Provider>
  )
}

export function useRegion() {
  const value = useContext(RegionContext)
  if (!value) throw new Error("useRegion needs a RegionProvider")
  return value
}
