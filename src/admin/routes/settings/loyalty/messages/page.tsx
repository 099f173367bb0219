import { Button, Container, Input, Select, Skeleton, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo, useRef, useState } from "react"
import { LoadError } from "../../../../components/load-error"
import {
  LoyaltyMessageEditor,
  MessageDraft,
  MessageField,
} from "../../../../components/loyalty-message-editor"
import { LoyaltyMessagePreview } from "../../../../components/loyalty-message-preview"
import { LoyaltyMessageVariables } from "../../../../components/loyalty-message-variables"
import { SectionHeading } from "../../../../components/section-heading"
import { useLoyaltyMessages, useSaveLoyaltyMessages } from "../../../../hooks/loyalty-messages"
import {
  describeMessageError,
  LoyaltyMessage,
  LoyaltyMessageKind,
  SaveLoyaltyMessagesPayload,
} from "../../../../lib/loyalty-message-types"
import { toastOutcome } from "../../../../lib/toast-outcome"

const KINDS: LoyaltyMessageKind[] = ["points_credited", "points_adjusted"]
const EMPTY: MessageDraft = { subject: "", body: "" }

type Drafts = Record<LoyaltyMessageKind, MessageDraft>

const draftsFor = (messages: LoyaltyMessage[], locale: string): Drafts =>
  Object.fromEntries(
    KINDS.map((kind) => {
      const saved = messages.find((m) => m.kind === kind && m.locale === locale)
      return [kind, saved ? { subject: saved.subject, body: saved.body } : EMPTY]
    })
  ) as Drafts

/**
 * Settings → Loyalty program → Messages: the two messages members get, per
 * locale, with the variables to insert and a preview with a real member.
 */
const LoyaltyMessagesPage = () => {
  const { messages, variables, default_locale, templates, isPending, isError, error } =
    useLoyaltyMessages()
  const [locale, setLocale] = useState<string | null>(null)
  const [newLocale, setNewLocale] = useState("")
  const [added, setAdded] = useState<string[]>([])
  const [drafts, setDrafts] = useState<Drafts>({ points_credited: EMPTY, points_adjusted: EMPTY })
  const [active, setActive] = useState<{ kind: LoyaltyMessageKind; field: MessageField }>({
    kind: "points_credited",
    field: "body",
  })
  const focused = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null)
  const { mutate, isPending: isSaving } = useSaveLoyaltyMessages()

  const current = locale ?? default_locale ?? "en"
  const locales = useMemo(
    () => [
      ...new Set([default_locale ?? "en", ...(messages ?? []).map((m) => m.locale), ...added]),
    ],
    [messages, default_locale, added]
  )

  // A fresh copy of what is saved whenever the locale or the saved messages change.
  useEffect(() => {
    if (messages) {
      setDrafts(draftsFor(messages, current))
    }
  }, [messages, current])

  const insert = (expression: string) => {
    const element = focused.current
    const { kind, field } = active
    const text = drafts[kind][field]
    const start = element?.selectionStart ?? text.length
    const end = element?.selectionEnd ?? text.length
    const token = `{{ ${expression} }}`
    setDrafts({
      ...drafts,
      [kind]: { ...drafts[kind], [field]: text.slice(0, start) + token + text.slice(end) },
    })
    requestAnimationFrame(() => {
      element?.focus()
      element?.setSelectionRange(start + token.length, start + token.length)
    })
  }

  const save = () => {
    const saved = draftsFor(messages ?? [], current)
    const payload = KINDS.flatMap((kind): SaveLoyaltyMessagesPayload["messages"] => {
      const draft = drafts[kind]
      const blank = !draft.subject.trim() && !draft.body.trim()
      const existed = !!(saved[kind].subject || saved[kind].body)
      if (blank) {
        // A cleared message is removed; the template id (if any) takes over again.
        return existed ? [{ kind, locale: current, subject: null, body: null }] : []
      }
      return [{ kind, locale: current, subject: draft.subject, body: draft.body }]
    })
    if (!payload.length) {
      return
    }
    mutate(
      { messages: payload },
      {
        ...toastOutcome(`The ${current} messages were saved`),
        onError: (error: Error) => toast.error(describeMessageError(error.message, payload)),
      }
    )
  }

  const addLocale = () => {
    const tag = newLocale.trim()
    if (tag) {
      setAdded([...added, tag])
      setLocale(tag)
      setNewLocale("")
    }
  }

  const fallback = (kind: LoyaltyMessageKind) =>
    templates?.[kind]
      ? `Unwritten, the provider's template '${templates[kind]}' is used.`
      : current === default_locale
        ? "Unwritten, this message is not sent."
        : `Unwritten, members reading ${current} get the ${default_locale} message.`

  return (
    <div
      className="grid grid-cols-1 items-start gap-3 xl:grid-cols-[minmax(0,1fr)_380px]"
      data-testid="loyalty-messages-page"
    >
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <SectionHeading
            title="Messages"
            description="What members who agreed to marketing get by email when their points change. Each member gets the message in their locale (customer metadata 'locale'), else in the default one."
          />
          <div className="flex items-center gap-x-2">
            <Select value={current} onValueChange={setLocale} size="small">
              <Select.Trigger className="w-[140px]" data-testid="loyalty-messages-locale">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {locales.map((tag) => (
                  <Select.Item key={tag} value={tag}>
                    {tag === default_locale ? `${tag} (default)` : tag}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Input
              size="small"
              className="w-[110px]"
              placeholder="Add, e.g. sv"
              value={newLocale}
              onChange={(event) => setNewLocale(event.target.value)}
              onKeyDown={(event) => event.key === "Enter" && addLocale()}
              data-testid="loyalty-messages-new-locale"
            />
            <Button
              size="small"
              variant="secondary"
              onClick={addLocale}
              disabled={!newLocale.trim()}
            >
              Add
            </Button>
          </div>
        </div>
        {isError ? (
          <LoadError what="messages" error={error} />
        ) : isPending ? (
          <div className="px-6 py-4">
            <Skeleton className="h-40 w-full" />
          </div>
        ) : (
          <>
            <div className="px-6 py-4">
              <LoyaltyMessageVariables variables={variables ?? []} onInsert={insert} />
            </div>
            {KINDS.map((kind) => (
              <LoyaltyMessageEditor
                key={kind}
                kind={kind}
                draft={drafts[kind]}
                onChange={(draft) => setDrafts({ ...drafts, [kind]: draft })}
                onFocusField={(field, element) => {
                  focused.current = element
                  setActive({ kind, field })
                }}
                fallback={fallback(kind)}
              />
            ))}
            <div className="flex items-center justify-between px-6 py-4">
              <Text size="xsmall" className="text-ui-fg-subtle">
                Clear a message's subject and body to remove it.
              </Text>
              <Button
                size="small"
                onClick={save}
                isLoading={isSaving}
                data-testid="loyalty-messages-save"
              >
                Save
              </Button>
            </div>
          </>
        )}
      </Container>
      <LoyaltyMessagePreview kind={active.kind} locale={current} template={drafts[active.kind]} />
    </div>
  )
}

export default LoyaltyMessagesPage
