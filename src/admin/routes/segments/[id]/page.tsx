import { ArrowPath, PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text, toast, usePrompt } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { useNavigate, useParams } from "react-router-dom"
import { ActionMenu } from "../../../components/action-menu"
import { EditSegmentDrawer } from "../../../components/edit-segment-drawer"
import { FlagIcon } from "../../../components/flag-icon"
import { LoadError } from "../../../components/load-error"
import { SegmentMembersTable } from "../../../components/segment-members-table"
import { SegmentRulesSummary } from "../../../components/segment-rules-summary"
import { LastRefreshed } from "../../../components/segments-table"
import { refreshOutcomeInWords } from "../../../lib/segment-format"
import { useDeleteSegment, useRefreshSegment, useSegment } from "../../../hooks/segments"
import { toastError, toastOutcome } from "../../../lib/toast-outcome"
import { Segment } from "../../../lib/types"

const countFormat = new Intl.NumberFormat()

const Fact = ({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) => (
  <div className="flex flex-col gap-y-1">
    <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="small" leading="compact" weight="plus" as="div" data-testid={testId}>
      {children}
    </Text>
  </div>
)

const SegmentHeader = ({ segment, onEdit }: { segment: Segment; onEdit: () => void }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { mutate: refresh, isPending: isRefreshing } = useRefreshSegment(segment.id)
  const { mutate: remove } = useDeleteSegment()

  const handleDelete = async () => {
    const confirmed = await prompt({
      title: `Delete the segment "${segment.name}"?`,
      description:
        "Its rules and membership history are removed. Flags it gave stay with the customers. This cannot be undone.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (confirmed) {
      remove(
        segment.id,
        toastOutcome(`Segment "${segment.name}" was deleted`, () => navigate("/segments"))
      )
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col items-start justify-between gap-3 px-6 py-4 md:flex-row md:items-center">
        <div className="flex min-w-0 flex-col gap-y-1">
          <Heading data-testid="segment-name">{segment.name}</Heading>
          {segment.description && (
            <Text size="small" className="text-ui-fg-subtle">
              {segment.description}
            </Text>
          )}
        </div>
        <div className="flex items-center gap-x-2">
          <Button
            size="small"
            variant="secondary"
            isLoading={isRefreshing}
            onClick={() =>
              refresh(undefined, {
                onSuccess: ({ entered, left, segment }) =>
                  toast.success(
                    refreshOutcomeInWords({ entered, left, member_count: segment.member_count })
                  ),
                onError: (error) => toastError(error),
              })
            }
            data-testid="segment-refresh"
          >
            <ArrowPath />
            Refresh
          </Button>
          <ActionMenu
            label={`Actions for ${segment.name}`}
            groups={[
              [{ label: "Edit", icon: <PencilSquare />, onClick: onEdit, testId: "segment-edit" }],
              [
                {
                  label: "Delete",
                  icon: <Trash />,
                  onClick: handleDelete,
                  testId: "segment-delete",
                },
              ],
            ]}
          />
        </div>
      </div>
      <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
        <Fact label="Members" testId="segment-member-count">
          <span data-value={segment.member_count}>{countFormat.format(segment.member_count)}</span>
        </Fact>
        <Fact label="Last refreshed">
          <LastRefreshed at={segment.last_refreshed_at} />
          {segment.last_refresh_ms != null && (
            <span className="text-ui-fg-muted font-normal">
              {" "}
              · took {segment.last_refresh_ms} ms
            </span>
          )}
        </Fact>
        <Fact label="Timezone">{segment.timezone}</Fact>
        <Fact label="Flag">
          {segment.flag ? (
            <span className="flex flex-wrap items-center gap-x-2">
              <FlagIcon flag={segment.flag} size="small" />
              <span>{segment.flag.name}</span>
              <span className="text-ui-fg-muted font-normal">
                {segment.remove_flag_on_leave ? "· removed on leave" : "· kept on leave"}
              </span>
            </span>
          ) : (
            <span className="text-ui-fg-muted font-normal">None</span>
          )}
        </Fact>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">Rules</Heading>
        <SegmentRulesSummary rules={segment.rules} />
      </div>
    </Container>
  )
}

const SegmentPage = () => {
  const { id } = useParams()
  const { segment, isPending, isError, error } = useSegment(id!)
  const [editing, setEditing] = useState(false)

  if (isError) {
    return (
      <Container className="p-0">
        <LoadError what="segment" error={error} />
      </Container>
    )
  }
  if (isPending || !segment) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-5 w-full" />
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="segment-page">
      <SegmentHeader segment={segment} onEdit={() => setEditing(true)} />
      <Container className="divide-y p-0">
        <SegmentMembersTable segmentId={segment.id} refreshed={!!segment.last_refreshed_at} />
      </Container>
      <EditSegmentDrawer segment={editing ? segment : null} onClose={() => setEditing(false)} />
    </div>
  )
}

/** The segment's name in the breadcrumbs, from the query the page itself makes. */
const SegmentBreadcrumb = ({ id }: { id: string }) => {
  const { segment } = useSegment(id)
  return <>{segment?.name ?? "Segment"}</>
}

export const handle = {
  breadcrumb: ({ params }: { params: { id?: string } }) =>
    params.id ? <SegmentBreadcrumb id={params.id} /> : "Segment",
}

export default SegmentPage
