import { Badge, Text, Tooltip } from "@medusajs/ui"
import { LoyaltyMessageVariable } from "../lib/loyalty-message-types"

type LoyaltyMessageVariablesProps = {
  variables: LoyaltyMessageVariable[]
  /** Called with the expression to put between `{{` and `}}`. */
  onInsert: (expression: string) => void
}

/** What a click inserts: numbers through `number`, which groups their digits as the locale does. */
export const variableExpression = (variable: LoyaltyMessageVariable) =>
  typeof variable.example === "number" ? `${variable.name} | number` : variable.name

/** The variables a message may use; a click puts `{{ name }}` where the cursor was. */
export const LoyaltyMessageVariables = ({ variables, onInsert }: LoyaltyMessageVariablesProps) => (
  <div className="flex flex-col gap-y-2" data-testid="loyalty-message-variables">
    <Text size="small" weight="plus">
      Variables
    </Text>
    <Text size="xsmall" className="text-ui-fg-subtle">
      Click one to insert it at the cursor; numbers come with <code>| number</code>, which writes
      1200 as 1,200 (or 1 200 in Swedish). Liquid tags such as{" "}
      <code>{"{% if tier != blank %}…{% endif %}"}</code> work too.
    </Text>
    <div className="flex flex-wrap gap-2">
      {variables.map((variable) => (
        <Tooltip key={variable.name} content={`${variable.description} (e.g. ${variable.example})`}>
          <button
            type="button"
            // Keep the focus (and the cursor) in the field being written.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onInsert(variableExpression(variable))}
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
