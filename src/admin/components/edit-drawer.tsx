import { Button, Drawer, Heading } from "@medusajs/ui"
import { ReactNode } from "react"

type EditDrawerProps = {
  open: boolean
  onClose: () => void
  title: string
  description?: string
  /** The id of the form inside, which the footer's button submits. */
  formId: string
  isPending: boolean
  testId?: string
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
  children,
}: EditDrawerProps) => (
  <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
    <Drawer.Content data-testid={testId}>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>{title}</Heading>
        </Drawer.Title>
        {description && (
          <Drawer.Description className="txt-small text-ui-fg-subtle">
            {description}
          </Drawer.Description>
        )}
      </Drawer.Header>
      <Drawer.Body className="flex flex-1 flex-col overflow-y-auto py-6">
        {open && children}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary">
            Cancel
          </Button>
        </Drawer.Close>
        <Button
          size="small"
          type="submit"
          form={formId}
          isLoading={isPending}
          data-testid={testId ? `${testId}-submit` : undefined}
        >
          Save
        </Button>
      </Drawer.Footer>
    </Drawer.Content>
  </Drawer>
)
