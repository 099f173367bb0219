import { Badge, Text, Tooltip } from "@medusajs/ui"
import { LoyaltyMessageVariable } from "../lib/loyalty-message-types"

type LoyaltyMessageVariablesProps = {
  variables: LoyaltyMessageVariable[]
  onInsert: (name: string) => void
}

/** The variables a message may use; a click puts `{{ name }}` where the cursor was. */
export const LoyaltyMessageVariables = ({ variables, onInsert }: LoyaltyMessageVariablesProps) => (
  <div className="flex flex-col gap-y-2" data-testid="loyalty-message-variables">
    <Text size="small" weight="plus">
      Variables
    </Text>
    <Text size="xsmall" className="text-ui-fg-subtle">
      Click one to insert it at the cursor. Liquid tags such as{" "}
      <code>{"{% if tier != blank %}…{% endif %}"}</code> work too.
    </Text>
    <div className="flex flex-wrap gap-2">
      {variables.map((variable) => (
        <Tooltip key={variable.name} content={`${variable.description} (e.g. ${variable.example})`}>
          <button
            type="button"
            // Keep the focus (and the cursor) in the field being written.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onInsert(variable.name)}
            data-testid={`loyalty-message-variable-${variable.name}`}
          >
            <Badge size="2xsmall" className="cursor-pointer font-mono">
              {variable.name}
            </Badge>
          </button>
        </Tooltip>
      ))}
    </div>
  </div>
)
