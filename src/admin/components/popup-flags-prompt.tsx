import { Prompt, Text } from "@medusajs/ui"
import { CustomerFlagAssignment } from "../lib/types"
import { FlagIcon } from "./flag-icon"

type PopupFlagsPromptProps = {
  assignments: CustomerFlagAssignment[]
  open: boolean
  onClose: () => void
}

/** Tells staff about the customer's "popup" flags as the customer page opens. */
export const PopupFlagsPrompt = ({ assignments, open, onClose }: PopupFlagsPromptProps) => (
  <Prompt variant="confirmation" open={open} onOpenChange={(next) => !next && onClose()}>
    <Prompt.Content data-testid="customer-flag-popup" className="max-w-[480px]">
      <Prompt.Header>
        <Prompt.Title>
          {assignments.length === 1 ? "This customer has a flag" : "This customer has flags"}
        </Prompt.Title>
        <Prompt.Description>Please take note before you continue.</Prompt.Description>
      </Prompt.Header>
      <ul className="flex max-h-[50vh] flex-col gap-y-4 overflow-y-auto px-6 pt-4">
        {assignments.map(({ id, flag, note }) =>
          flag ? (
            <li
              key={id}
              className="flex items-start gap-x-3"
              data-testid="customer-flag-popup-item"
              data-flag-name={flag.name}
            >
              <FlagIcon flag={flag} />
              <div className="flex min-w-0 flex-col gap-y-0.5">
                <Text size="small" leading="compact" weight="plus">
                  {flag.name}
                </Text>
                {flag.description && (
                  <Text size="small" className="text-ui-fg-subtle whitespace-pre-line">
                    {flag.description}
                  </Text>
                )}
                {note && (
                  <Text size="small" className="text-ui-fg-base whitespace-pre-line">
                    Note: {note}
                  </Text>
                )}
              </div>
            </li>
          ) : null
        )}
      </ul>
      <Prompt.Footer>
        <Prompt.Action onClick={onClose} data-testid="customer-flag-popup-ok">
          OK
        </Prompt.Action>
      </Prompt.Footer>
    </Prompt.Content>
  </Prompt>
)
