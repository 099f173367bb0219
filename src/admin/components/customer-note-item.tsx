import { PencilSquare, Trash } from "@medusajs/icons"
import { Button, Text, Textarea, Tooltip, clx, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useDeleteCustomerNote, useUpdateCustomerNote } from "../hooks/customer-notes"
import { useUser } from "../hooks/users"
import { formatDateTime } from "../lib/flag-format"
import { authorName, MAX_NOTE_LENGTH } from "../lib/note-format"
import { relativeTime } from "../lib/relative-time"
import { toastOutcome } from "../lib/toast-outcome"
import { CustomerNote } from "../lib/types"
import { ActionMenu } from "./action-menu"

const When = ({ at, prefix = "" }: { at: string; prefix?: string }) => (
  <Tooltip content={formatDateTime(at)}>
    <span>
      {prefix}
      {relativeTime(at)}
    </span>
  </Tooltip>
)

/** Who deleted a note: the reader, the author, or another user looked up by id. */
const DeletedBy = ({ note, currentUserId }: { note: CustomerNote; currentUserId?: string }) => {
  const other =
    !!note.deleted_by && note.deleted_by !== currentUserId && note.deleted_by !== note.author_id
  const { user } = useUser(note.deleted_by ?? "", { enabled: other, retry: false })
  if (!note.deleted_by) {
    return null
  }
  const who =
    note.deleted_by === currentUserId
      ? "you"
      : note.deleted_by === note.author_id
        ? "the author"
        : user
          ? authorName(user)
          : "another user"
  return <> by {who}</>
}

type CustomerNoteItemProps = {
  note: CustomerNote
  customerId: string
  /** The signed-in user: only a note's author may change it. */
  currentUserId?: string
  /** Show the earlier texts of an edited note. */
  showHistory: boolean
}

/** A note: its author and when, "edited", the text; edit and delete for its author. */
export const CustomerNoteItem = ({
  note,
  customerId,
  currentUserId,
  showHistory,
}: CustomerNoteItemProps) => {
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(note.body)
  const prompt = usePrompt()
  const update = useUpdateCustomerNote(customerId)
  const remove = useDeleteCustomerNote(customerId)

  const deleted = !!note.deleted_at
  const mine = !!currentUserId && note.author_id === currentUserId && !deleted

  const save = () => {
    const body = draft.trim()
    if (!body || body === note.body) {
      setEditing(false)
      return
    }
    update.mutate(
      { id: note.id, body },
      toastOutcome("The note was changed", () => setEditing(false))
    )
  }

  const confirmDelete = async () => {
    const confirmed = await prompt({
      title: "Delete this note?",
      description: "It leaves the customer's notes; it stays in their history (Show deleted).",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (confirmed) {
      remove.mutate(note.id, toastOutcome("The note was deleted"))
    }
  }

  return (
    <li
      className={clx("flex flex-col gap-y-1.5 px-6 py-4", deleted && "bg-ui-bg-subtle")}
      data-testid="customer-note"
      data-note-id={note.id}
      data-mine={mine}
      data-deleted={deleted}
    >
      <div className="flex items-start justify-between gap-x-2">
        <div className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
          <Text
            size="small"
            leading="compact"
            weight="plus"
            className="truncate"
            data-testid="customer-note-author"
          >
            {authorName(note.author)}
          </Text>
          <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
            <When at={note.created_at} />
            {note.edited_at && (
              <>
                {" · "}
                <Tooltip content={`Edited ${formatDateTime(note.edited_at)}`}>
                  <span data-testid="customer-note-edited">edited</span>
                </Tooltip>
              </>
            )}
          </Text>
        </div>
        {mine && !editing && (
          <ActionMenu
            label="Note actions"
            groups={[
              [
                {
                  label: "Edit",
                  icon: <PencilSquare />,
                  onClick: () => {
                    setDraft(note.body)
                    setEditing(true)
                  },
                  testId: "customer-note-edit",
                },
              ],
              [
                {
                  label: "Delete",
                  icon: <Trash />,
                  onClick: confirmDelete,
                  testId: "customer-note-delete",
                },
              ],
            ]}
          />
        )}
      </div>

      {editing ? (
        <form
          className="flex flex-col gap-y-2"
          onSubmit={(event) => {
            event.preventDefault()
            save()
          }}
        >
          <Textarea
            aria-label="Note"
            rows={3}
            maxLength={MAX_NOTE_LENGTH}
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
                event.preventDefault()
                save()
              }
              if (event.key === "Escape") {
                setEditing(false)
              }
            }}
            data-testid="customer-note-edit-body"
          />
          <div className="flex justify-end gap-x-2">
            <Button
              size="small"
              variant="secondary"
              type="button"
              onClick={() => setEditing(false)}
            >
              Cancel
            </Button>
            <Button
              size="small"
              type="submit"
              isLoading={update.isPending}
              disabled={!draft.trim()}
              data-testid="customer-note-edit-save"
            >
              Save
            </Button>
          </div>
        </form>
      ) : (
        <Text
          size="small"
          className={clx(
            "whitespace-pre-line break-words",
            deleted ? "text-ui-fg-muted line-through" : "text-ui-fg-base"
          )}
          data-testid="customer-note-body"
        >
          {note.body}
        </Text>
      )}

      {deleted && note.deleted_at && (
        <Text
          size="xsmall"
          leading="compact"
          className="text-ui-fg-muted"
          data-testid="customer-note-deleted"
        >
          Deleted <When at={note.deleted_at} />
          <DeletedBy note={note} currentUserId={currentUserId} />
        </Text>
      )}

      {showHistory && !!note.revisions?.length && (
        <ol
          className="border-ui-border-base flex flex-col gap-y-1 border-l-2 pl-3"
          data-testid="customer-note-revisions"
        >
          {[...note.revisions].reverse().map((revision) => (
            <li key={revision.replaced_at} className="flex flex-col">
              <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
                Until <When at={revision.replaced_at} />
              </Text>
              <Text size="small" className="text-ui-fg-subtle whitespace-pre-line break-words">
                {revision.body}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </li>
  )
}
