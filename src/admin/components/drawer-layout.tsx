import { Button, Drawer, Heading } from "@medusajs/ui"
import { ReactNode } from "react"

/** A drawer's title, with a line under it when there is a description. */
export const DrawerHeader = ({
  title,
  description,
}: {
  title: string
  description?: ReactNode
}) => (
  <Drawer.Header>
    <Drawer.Title asChild>
      <Heading>{title}</Heading>
    </Drawer.Title>
    {description && (
      <Drawer.Description className="txt-small text-ui-fg-subtle">{description}</Drawer.Description>
    )}
  </Drawer.Header>
)

/** A drawer's footer: a button that closes it, then the drawer's own action. */
export const DrawerFooter = ({
  closeLabel = "Cancel",
  children,
}: {
  closeLabel?: string
  children?: ReactNode
}) => (
  <Drawer.Footer>
    <Drawer.Close asChild>
      <Button size="small" variant="secondary">
        {closeLabel}
      </Button>
    </Drawer.Close>
    {children}
  </Drawer.Footer>
)
