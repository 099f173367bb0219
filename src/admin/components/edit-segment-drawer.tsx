import { useUpdateSegment } from "../hooks/segments"
import { membersInWords } from "../lib/segment-format"
import { toastOutcome } from "../lib/toast-outcome"
import { Segment, SegmentResponse } from "../lib/types"
import { EditDrawer } from "./edit-drawer"
import { SegmentForm } from "./segment-form"

const FORM_ID = "edit-segment-form"

type EditSegmentDrawerProps = {
  /** The segment to edit; the drawer is open while there is one. */
  segment: Segment | null
  onClose: () => void
}

export const EditSegmentDrawer = ({ segment, onClose }: EditSegmentDrawerProps) => {
  const { mutate, isPending, error } = useUpdateSegment(segment?.id ?? "")

  return (
    <EditDrawer
      open={!!segment}
      onClose={onClose}
      title="Edit segment"
      description="Saving new rules finds the segment's members again at once."
      formId={FORM_ID}
      isPending={isPending}
      testId="segment-edit-drawer"
      submitTestId="segment-form-submit"
    >
      {segment && (
        <SegmentForm
          key={segment.id}
          id={FORM_ID}
          segment={segment}
          submitError={error?.message}
          onSubmit={(payload) =>
            mutate(
              payload,
              toastOutcome(
                ({ segment }: SegmentResponse) =>
                  `Segment "${segment.name}" was updated; it has ${membersInWords(segment.member_count)}`,
                onClose
              )
            )
          }
        />
      )}
    </EditDrawer>
  )
}
