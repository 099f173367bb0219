import { Text } from "@medusajs/ui"

/** In place of a section's content that could not be loaded, e.g. "The tiers could not be loaded: …". */
export const LoadError = ({ what, error }: { what: string; error?: Error | null }) => (
  <Text size="small" className="text-ui-fg-error px-6 py-4">
    The {what} could not be loaded: {error?.message}
  </Text>
)
