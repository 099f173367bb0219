import { Drawer } from "@medusajs/ui"
import { BenefitOwner } from "../lib/types"
import { BenefitsPanel } from "./benefits-panel"
import { DrawerFooter, DrawerHeader } from "./drawer-layout"

type BenefitsDrawerProps = {
  /** Whose benefits; the drawer is open while there is an owner. */
  owner: BenefitOwner | null
  title: string
  audience: string
  onClose: () => void
}

/** A flag's or a tier's benefits in a drawer of their own; each is saved as it is added or edited. */
export const BenefitsDrawer = ({ owner, title, audience, onClose }: BenefitsDrawerProps) => (
  <Drawer open={!!owner} onOpenChange={(next) => !next && onClose()}>
    <Drawer.Content data-testid="benefits-drawer">
      <DrawerHeader
        title={title}
        description={`What ${audience} get: discounts, early access and offers.`}
      />
      <Drawer.Body className="flex flex-1 flex-col overflow-y-auto py-6">
        {owner && <BenefitsPanel owner={owner} audience={audience} />}
      </Drawer.Body>
      <DrawerFooter closeLabel="Close" />
    </Drawer.Content>
  </Drawer>
)
