import { Input, Label, Text, Textarea } from "@medusajs/ui"
import { LOYALTY_MESSAGE_LABELS, LoyaltyMessageKind } from "../lib/loyalty-message-types"

export type MessageDraft = { subject: string; body: string }
export type MessageField = "subject" | "body"

type LoyaltyMessageEditorProps = {
  kind: LoyaltyMessageKind
  draft: MessageDraft
  onChange: (draft: MessageDraft) => void
  /** The field the writer is in, so a variable can be inserted there. */
  onFocusField: (field: MessageField, element: HTMLInputElement | HTMLTextAreaElement) => void
  /** What the provider's template id does for this message when none is written. */
  fallback: string
}

/** Subject and body of one message. */
export const LoyaltyMessageEditor = ({
  kind,
  draft,
  onChange,
  onFocusField,
  fallback,
}: LoyaltyMessageEditorProps) => {
  const label = LOYALTY_MESSAGE_LABELS[kind]
  const id = `loyalty-message-${kind}`
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid={id}>
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus">
          {label.title}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {label.hint} {!draft.subject.trim() && !draft.body.trim() ? fallback : null}
        </Text>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" htmlFor={`${id}-subject`}>
          Subject
        </Label>
        <Input
          id={`${id}-subject`}
          size="small"
          value={draft.subject}
          onChange={(event) => onChange({ ...draft, subject: event.target.value })}
          onFocus={(event) => onFocusField("subject", event.currentTarget)}
          data-testid={`${id}-subject`}
        />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" htmlFor={`${id}-body`}>
          Body
        </Label>
        <Textarea
          id={`${id}-body`}
          rows={7}
          className="font-mono text-xs"
          value={draft.body}
          onChange={(event) => onChange({ ...draft, body: event.target.value })}
          onFocus={(event) => onFocusField("body", event.currentTarget)}
          data-testid={`${id}-body`}
        />
      </div>
    </div>
  )
}
