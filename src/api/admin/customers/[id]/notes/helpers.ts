import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminCustomerNote, AdminNoteAuthor, Served } from "../../../../../types/http"

export const NOTE_FIELDS = [
  "id",
  "customer_id",
  "body",
  "author_id",
  "edited_at",
  "revisions",
  "created_at",
  "updated_at",
]
const HISTORY_FIELDS = ["deleted_at", "deleted_by"]

/** A note as read (the fields asked for); `revisions` is a JSON column. */
type NoteRow = Omit<Served<AdminCustomerNote>, "author"> & { author_id: string }

/** A user as `query.graph` reads one. */
type UserRow = { id: string; email: string; first_name?: string | null; last_name?: string | null }

/** Adds `author: { id, email, first_name, last_name }` (null for a user since removed). */
export async function withAuthors<N extends { author_id: string }>(
  scope: MedusaContainer,
  notes: N[]
): Promise<(N & { author: AdminNoteAuthor | null })[]> {
  const ids = [...new Set(notes.map((note) => note.author_id))]
  if (!ids.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: users } = await query.graph({
    entity: "user",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: ids },
    withDeleted: true,
  })
  const byId = new Map(users.map((user: UserRow) => [user.id, user]))
  return notes.map((note) => {
    const user = byId.get(note.author_id)
    return {
      ...note,
      author: user
        ? {
            id: user.id,
            email: user.email,
            first_name: user.first_name ?? null,
            last_name: user.last_name ?? null,
          }
        : null,
    }
  })
}

/** Notes on a customer, newest first; deleted ones too (with who deleted them) when asked. */
export async function listNotes(
  scope: MedusaContainer,
  customerId: string,
  options: { include_deleted?: boolean; skip?: number; take?: number }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "customer_note",
    fields: options.include_deleted ? [...NOTE_FIELDS, ...HISTORY_FIELDS] : NOTE_FIELDS,
    filters: { customer_id: customerId },
    pagination: {
      skip: options.skip ?? 0,
      take: options.take,
      order: { created_at: "DESC", id: "DESC" },
    },
    withDeleted: !!options.include_deleted,
  })
  return { notes: await withAuthors(scope, data as NoteRow[]), metadata }
}

export async function refetchNote(
  scope: MedusaContainer,
  id: string
): Promise<Served<AdminCustomerNote>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [note],
  } = await query.graph({ entity: "customer_note", fields: NOTE_FIELDS, filters: { id } })
  if (!note) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Note with id: ${id} was not found`)
  }
  const [withAuthor] = await withAuthors(scope, [note as NoteRow])
  return withAuthor
}
