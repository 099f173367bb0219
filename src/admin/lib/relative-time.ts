import { formatDistanceToNow } from "date-fns"

/** "5 minutes ago", "in 2 days": how long ago (or until) a moment is. */
export const relativeTime = (value: string | Date) =>
  formatDistanceToNow(new Date(value), { addSuffix: true })
