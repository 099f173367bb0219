import { ExclamationCircle, Spinner, Users } from "@medusajs/icons"
import { Skeleton, Text } from "@medusajs/ui"
import { customerName } from "../lib/loyalty-format"
import { SegmentPreviewResponse } from "../lib/types"

type SegmentLiveCountProps = {
  /** False while the rules hold no condition, or one without its value: nothing to count yet. */
  enabled: boolean
  /** What to say while there is nothing to count. */
  idleMessage: string
  preview?: SegmentPreviewResponse
  isFetching: boolean
  error?: Error | null
}

const countFormat = new Intl.NumberFormat()

/** How many customers the rules being edited match right now, and a few of them. */
export const SegmentLiveCount = ({
  enabled,
  idleMessage,
  preview,
  isFetching,
  error,
}: SegmentLiveCountProps) => {
  const state = !enabled ? "idle" : error ? "error" : !preview || isFetching ? "counting" : "ready"

  return (
    <div
      className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-3 rounded-lg px-4 py-3"
      data-testid="segment-live-count"
      data-state={state}
      data-count={preview && !error ? preview.count : undefined}
      aria-live="polite"
    >
      <div className="flex items-center justify-between gap-x-3">
        <div className="flex items-center gap-x-2">
          <Users className="text-ui-fg-subtle" />
          {!enabled ? (
            <Text size="small" className="text-ui-fg-subtle">
              {idleMessage}
            </Text>
          ) : error ? (
            <Text size="small" weight="plus" className="text-ui-fg-error">
              The rules cannot be counted yet
            </Text>
          ) : !preview ? (
            <Skeleton className="h-5 w-32" />
          ) : (
            <Text
              size="large"
              leading="compact"
              weight="plus"
              data-testid="segment-live-count-value"
            >
              {preview.count === 1
                ? "1 customer"
                : `${countFormat.format(preview.count)} customers`}
            </Text>
          )}
        </div>
        {enabled && isFetching && (
          <span className="text-ui-fg-muted flex items-center gap-x-1">
            <Spinner className="animate-spin" />
            <Text size="xsmall">Counting…</Text>
          </span>
        )}
      </div>

      {enabled && error && (
        <div className="flex items-start gap-x-2" data-testid="segment-live-count-error">
          <ExclamationCircle className="text-ui-fg-error mt-0.5 shrink-0" />
          <Text size="small" className="text-ui-fg-subtle break-words">
            {error.message}
          </Text>
        </div>
      )}

      {enabled && !error && preview && preview.sample.length > 0 && (
        <div className="flex flex-col gap-y-1" data-testid="segment-live-sample">
          <Text size="xsmall" className="text-ui-fg-muted">
            For example{preview.timezone ? ` (dates in ${preview.timezone})` : ""}:
          </Text>
          <ul className="flex flex-wrap gap-1.5">
            {preview.sample.map((customer) => (
              <li
                key={customer.id}
                title={customer.email ?? undefined}
                className="bg-ui-bg-base shadow-borders-base txt-compact-xsmall-plus text-ui-fg-base max-w-[220px] truncate rounded-md px-2 py-1"
              >
                {customerName(customer)}
              </li>
            ))}
          </ul>
          {preview.count > preview.sample.length && (
            <Text size="xsmall" className="text-ui-fg-muted">
              and {countFormat.format(preview.count - preview.sample.length)} more
            </Text>
          )}
        </div>
      )}
    </div>
  )
}
