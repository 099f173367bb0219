import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useCreateCustomerFlag } from "../hooks/customer-flags"
import { FlagForm } from "./flag-form"

const FORM_ID = "create-customer-flag-form"

type CreateFlagModalProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const CreateFlagModal = ({ open, onOpenChange }: CreateFlagModalProps) => {
  const { mutate, isPending } = useCreateCustomerFlag()

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <FocusModal.Header />
        <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto">
          <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-2 py-16">
            <div className="flex flex-col gap-y-1">
              <FocusModal.Title asChild>
                <Heading>Create customer flag</Heading>
              </FocusModal.Title>
              <FocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  A flag marks customers (VIP, staff, press…) so that everyone
                  sees it on their page. Each flag also gets a customer group,
                  for promotions and price lists.
                </Text>
              </FocusModal.Description>
            </div>
            <FlagForm
              id={FORM_ID}
              onSubmit={(payload) =>
                mutate(payload, {
                  onSuccess: ({ customer_flag }) => {
                    toast.success(`Flag "${customer_flag.name}" was created`)
                    onOpenChange(false)
                  },
                  onError: (error) => toast.error(error.message),
                })
              }
            />
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
            form={FORM_ID}
            isLoading={isPending}
            data-testid="customer-flag-form-submit"
          >
            Create
          </Button>
        </FocusModal.Footer>
      </FocusModal.Content>
    </FocusModal>
  )
}
