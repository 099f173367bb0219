import { Input, Text } from "@medusajs/ui"
import { ComponentProps } from "react"

type NumberWithUnitProps = Omit<ComponentProps<typeof Input>, "type" | "className"> & {
  /** After the input, e.g. "days". */
  unit: string
}

/** A short number input followed by its unit: "[ 14 ] days". */
export const NumberWithUnit = ({ unit, ...inputProps }: NumberWithUnitProps) => (
  <div className="flex items-center gap-x-2">
    <Input type="number" className="w-[120px]" {...inputProps} />
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {unit}
    </Text>
  </div>
)
