import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"

type CreateModalProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  /** The id of the form inside, which the footer's button submits. */
  formId: string
  submitLabel?: string
  isPending: boolean
  testId?: string
  /** The submit button's; `${testId}-submit` unless given. */
  submitTestId?: string
  children: ReactNode
}

/** The dashboard's create dialog: a full-screen modal around a form. */
export const CreateModal = ({
  open,
  onOpenChange,
  title,
  description,
  formId,
  submitLabel = "Create",
  isPending,
  testId,
  submitTestId = testId && `${testId}-submit`,
  children,
}: CreateModalProps) => (
  <FocusModal open={open} onOpenChange={onOpenChange}>
    <FocusModal.Content data-testid={testId}>
      <FocusModal.Header />
      <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto">
        <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-2 py-16">
          <div className="flex flex-col gap-y-1">
            <FocusModal.Title asChild>
              <Heading>{title}</Heading>
            </FocusModal.Title>
            <FocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                {description}
              </Text>
            </FocusModal.Description>
          </div>
          {open && children}
        </div>
      </FocusModal.Body>
      <FocusModal.Footer>
        <FocusModal.Close asChild>
          <Button size="small" variant="secondary">
            Cancel
          </Button>
        </FocusModal.Close>
        <Button
          size="small"
          type="submit"
          form={formId}
          isLoading={isPending}
          data-testid={submitTestId}
        >
          {submitLabel}
        </Button>
      </FocusModal.Footer>
    </FocusModal.Content>
  </FocusModal>
)
