import { clx, Copy } from "@medusajs/ui"

/** A code to read out, with a button that copies it. */
export const CopyableCode = ({
  code,
  className,
  "data-testid": testId,
}: {
  code: string
  className?: string
  "data-testid"?: string
}) => (
  <span className="flex items-center gap-x-1">
    <code className={clx("font-mono", className)} data-testid={testId}>
      {code}
    </code>
    <Copy content={code} className="text-ui-fg-muted" />
  </span>
)
