/**
 * A 400's message without Medusa's "Invalid request:" prefix, which says
 * nothing to staff reading it under a field or in a toast.
 */
export const withoutRequestPrefix = (message: string) =>
  message.replace(/^Invalid request:\s*/i, "")
