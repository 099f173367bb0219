import { Button, Drawer } from "@medusajs/ui"
import { ReactNode } from "react"
import { DrawerFooter, DrawerHeader } from "./drawer-layout"

type EditDrawerProps = {
  open: boolean
  onClose: () => void
  title: string
  description?: string
  /** The id of the form inside, which the footer's button submits. */
  formId: string
  isPending: boolean
  testId?: string
  /** The Save button's; `${testId}-submit` unless given. */
  submitTestId?: string
  children: ReactNode
}

/** The dashboard's edit panel: a drawer around a form, Save in its footer. */
export const EditDrawer = ({
  open,
  onClose,
  title,
  description,
  formId,
  isPending,
  testId,
  submitTestId = testId && `${testId}-submit`,
  children,
}: EditDrawerProps) => (
  <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
    <Drawer.Content data-testid={testId}>
      <DrawerHeader title={title} description={description} />
      <Drawer.Body className="flex flex-1 flex-col overflow-y-auto py-6">
        {open && children}
      </Drawer.Body>
      <DrawerFooter>
        <Button
          size="small"
          type="submit"
          form={formId}
          isLoading={isPending}
          data-testid={submitTestId}
        >
          Save
        </Button>
      </DrawerFooter>
    </Drawer.Content>
  </Drawer>
)
