import { Button, Textarea, clx } from "@medusajs/ui"
import { useState } from "react"
import { useCreateCustomerNote } from "../hooks/customer-notes"
import { MAX_NOTE_LENGTH } from "../lib/note-format"
import { toastOutcome } from "../lib/toast-outcome"

type CustomerNoteFormProps = {
  customerId: string
  /** After the note is saved (the form is emptied first). */
  onAdded?: () => void
  className?: string
  autoFocus?: boolean
}

/**
 * Adds a staff note to a customer: on the customer page's Notes card and
 * from the customer overview's row actions. Ctrl/⌘-Enter saves.
 */
export const CustomerNoteForm = ({
  customerId,
  onAdded,
  className,
  autoFocus,
}: CustomerNoteFormProps) => {
  const [body, setBody] = useState("")
  const { mutate, isPending } = useCreateCustomerNote(customerId)

  const add = () => {
    const text = body.trim()
    if (text) {
      mutate(
        text,
        toastOutcome("The note was added", () => {
          setBody("")
          onAdded?.()
        })
      )
    }
  }

  return (
    <form
      className={clx("flex flex-col gap-y-2", className)}
      onSubmit={(event) => {
        event.preventDefault()
        add()
      }}
      data-testid="customer-note-form"
    >
      <Textarea
        aria-label="New note"
        placeholder="Add a note for staff: seen in the admin only"
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        value={body}
        autoFocus={autoFocus}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
            event.preventDefault()
            add()
          }
        }}
        data-testid="customer-note-body-input"
      />
      <div className="flex justify-end">
        <Button
          size="small"
          variant="secondary"
          type="submit"
          isLoading={isPending}
          disabled={!body.trim()}
          data-testid="customer-note-add"
        >
          Add note
        </Button>
      </div>
    </form>
  )
}
