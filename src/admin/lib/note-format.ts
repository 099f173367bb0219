import { NoteAuthor } from "./types"

/** Who wrote a note, as staff know each other: their name, else their email. */
export const authorName = (author: NoteAuthor | null | undefined) => {
  if (!author) {
    return "A former user"
  }
  const name = [author.first_name, author.last_name].filter(Boolean).join(" ")
  return name || author.email
}

export const MAX_NOTE_LENGTH = 5000
