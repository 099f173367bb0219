import { Heading, Text } from "@medusajs/ui"

type SectionHeadingProps = {
  title: string
  description: string
  /** As `Heading`'s: "h1" unless given. */
  level?: "h1" | "h2"
}

/** A section's title with a line under it saying what the section holds. */
export const SectionHeading = ({ title, description, level }: SectionHeadingProps) => (
  <div className="flex flex-col gap-y-1">
    <Heading level={level}>{title}</Heading>
    <Text size="small" className="text-ui-fg-subtle">
      {description}
    </Text>
  </div>
)
