import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import { Fragment, ReactNode } from "react"

export type Action = {
  label: string
  icon: ReactNode
  onClick: () => void
  testId?: string
}

type ActionMenuProps = {
  groups: Action[][]
  label?: string
}

/**
 * The "…" menu of dashboard tables and sections. Clicks stay inside it, so a
 * menu in a clickable table row does not also click the row.
 */
export const ActionMenu = ({ groups, label = "Actions" }: ActionMenuProps) => (
  <div onClick={(event) => event.stopPropagation()}>
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={label}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        {groups.map((actions, index) => (
          <Fragment key={index}>
            {index > 0 && <DropdownMenu.Separator />}
            <DropdownMenu.Group>
              {actions.map((action) => (
                <DropdownMenu.Item
                  key={action.label}
                  onClick={action.onClick}
                  data-testid={action.testId}
                  className="[&_svg]:text-ui-fg-subtle flex items-center gap-x-2"
                >
                  {action.icon}
                  <span>{action.label}</span>
                </DropdownMenu.Item>
              ))}
            </DropdownMenu.Group>
          </Fragment>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  </div>
)
