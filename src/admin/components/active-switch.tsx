import { Label, Switch, Text } from "@medusajs/ui"

type ActiveSwitchProps = {
  id: string
  /** What being inactive means, under the label. */
  description: string
  checked: boolean
  onCheckedChange: (checked: boolean) => void
}

/** The "Active" switch at the end of a form, with a line on what it changes. */
export const ActiveSwitch = ({ id, description, checked, onCheckedChange }: ActiveSwitchProps) => (
  <div className="flex items-start justify-between gap-x-4">
    <div className="flex flex-col gap-y-1">
      <Label size="small" weight="plus" htmlFor={id}>
        Active
      </Label>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </div>
    <Switch id={id} checked={checked} onCheckedChange={onCheckedChange} />
  </div>
)
