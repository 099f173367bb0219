import { toast } from "@medusajs/ui"
import { useUpdateCustomerB2BProfile } from "../hooks/customer-insights"
import { b2bFieldError } from "../lib/b2b-profile-form"
import { B2BProfile } from "../lib/types"
import { B2BProfileForm } from "./b2b-profile-form"
import { EditDrawer } from "./edit-drawer"
import { toastError } from "../lib/toast-outcome"

const FORM_ID = "b2b-profile-form"

type EditB2BProfileDrawerProps = {
  customerId: string
  profile: B2BProfile | null
  open: boolean
  onClose: () => void
}

export const EditB2BProfileDrawer = ({
  customerId,
  profile,
  open,
  onClose,
}: EditB2BProfileDrawerProps) => {
  const { mutate, isPending, error, reset } = useUpdateCustomerB2BProfile(customerId)
  const close = () => {
    reset()
    onClose()
  }

  return (
    <EditDrawer
      open={open}
      onClose={close}
      title={profile ? "Edit B2B profile" : "Add B2B profile"}
      description="For business customers: seen by staff only, never in the store."
      formId={FORM_ID}
      isPending={isPending}
      testId="b2b-profile-drawer"
    >
      <B2BProfileForm
        id={FORM_ID}
        profile={profile}
        error={error}
        onSubmit={(payload) => {
          if (!Object.keys(payload).length) {
            close()
            return
          }
          mutate(payload, {
            onSuccess: () => {
              toast.success("The B2B profile was saved")
              close()
            },
            // A problem with one field shows under it; any other in a toast.
            onError: (err) => !b2bFieldError(err) && toastError(err),
          })
        }}
      />
    </EditDrawer>
  )
}
