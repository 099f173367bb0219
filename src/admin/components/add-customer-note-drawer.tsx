import { Drawer } from "@medusajs/ui"
import { CustomerNoteForm } from "./customer-note-form"
import { DrawerFooter, DrawerHeader } from "./drawer-layout"

type AddCustomerNoteDrawerProps = {
  customerId: string
  /** Who the note is about, for the drawer's description. */
  customerLabel: string
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** "Add a note" from a table row: the customer page's note form in a drawer. */
export const AddCustomerNoteDrawer = ({
  customerId,
  customerLabel,
  open,
  onOpenChange,
}: AddCustomerNoteDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content data-testid="add-customer-note-drawer">
      <DrawerHeader
        title="Add note"
        description={`A note about ${customerLabel}, for staff only.`}
      />
      <Drawer.Body className="flex flex-1 flex-col overflow-y-auto py-6">
        {open && (
          <CustomerNoteForm customerId={customerId} onAdded={() => onOpenChange(false)} autoFocus />
        )}
      </Drawer.Body>
      <DrawerFooter closeLabel="Close" />
    </Drawer.Content>
  </Drawer>
)
