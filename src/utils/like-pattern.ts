/**
 * Text to match as itself in LIKE / ILIKE: `%`, `_` and the escape `\` are
 * escaped (PostgreSQL's default escape character is the backslash).
 */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&")
