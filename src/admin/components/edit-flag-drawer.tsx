import { Button, Drawer, Heading, toast } from "@medusajs/ui"
import { useUpdateCustomerFlag } from "../hooks/customer-flags"
import { CustomerFlag } from "../lib/types"
import { FlagForm } from "./flag-form"

const FORM_ID = "edit-customer-flag-form"

type EditFlagDrawerProps = {
  /** The flag to edit; the drawer is open while there is one. */
  flag: CustomerFlag | null
  onClose: () => void
}

export const EditFlagDrawer = ({ flag, onClose }: EditFlagDrawerProps) => (
  <Drawer open={!!flag} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content>
      {flag && <EditFlagDrawerContent key={flag.id} flag={flag} onClose={onClose} />}
    </Drawer.Content>
  </Drawer>
)

const EditFlagDrawerContent = ({
  flag,
  onClose,
}: {
  flag: CustomerFlag
  onClose: () => void
}) => {
  const { mutate, isPending } = useUpdateCustomerFlag(flag.id)

  return (
    <>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>Edit customer flag</Heading>
        </Drawer.Title>
        <Drawer.Description className="txt-small text-ui-fg-subtle">
          Changes apply to every customer who has the flag.
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-1 flex-col overflow-y-auto py-6">
        <FlagForm
          id={FORM_ID}
          flag={flag}
          onSubmit={(payload) =>
            mutate(payload, {
              onSuccess: ({ customer_flag }) => {
                toast.success(`Flag "${customer_flag.name}" was updated`)
                onClose()
              },
              onError: (error) => toast.error(error.message),
            })
          }
        />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary">
            Cancel
          </Button>
        </Drawer.Close>
        <Button
          size="small"
          type="submit"
          form={FORM_ID}
          isLoading={isPending}
          data-testid="customer-flag-form-submit"
        >
          Save
        </Button>
      </Drawer.Footer>
    </>
  )
}
