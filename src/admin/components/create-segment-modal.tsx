import { useCreateSegment } from "../hooks/segments"
import { membersInWords } from "../lib/segment-format"
import { toastOutcome } from "../lib/toast-outcome"
import { SegmentResponse } from "../lib/types"
import { CreateModal } from "./create-modal"
import { SegmentForm } from "./segment-form"

const FORM_ID = "create-segment-form"

type CreateSegmentModalProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const CreateSegmentModal = ({ open, onOpenChange }: CreateSegmentModalProps) => {
  const { mutate, isPending, error } = useCreateSegment()

  return (
    <CreateModal
      open={open}
      onOpenChange={onOpenChange}
      title="Create segment"
      description="A segment is the customers who match its rules, such as everyone who spent more than 1,000 SEK this year. It finds its members when you save it and at every refresh; with a flag, members get the flag."
      formId={FORM_ID}
      isPending={isPending}
      testId="segment-create-modal"
      submitTestId="segment-form-submit"
    >
      <SegmentForm
        id={FORM_ID}
        submitError={error?.message}
        onSubmit={(payload) =>
          mutate(
            payload,
            toastOutcome(
              ({ segment }: SegmentResponse) =>
                `Segment "${segment.name}" was created with ${membersInWords(segment.member_count)}`,
              () => onOpenChange(false)
            )
          )
        }
      />
    </CreateModal>
  )
}
