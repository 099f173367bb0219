import { useUpdateCustomerFlag } from "../hooks/customer-flags"
import { toastOutcome } from "../lib/toast-outcome"
import { CustomerFlag, CustomerFlagResponse } from "../lib/types"
import { EditDrawer } from "./edit-drawer"
import { FlagForm } from "./flag-form"

const FORM_ID = "edit-customer-flag-form"

type EditFlagDrawerProps = {
  /** The flag to edit; the drawer is open while there is one. */
  flag: CustomerFlag | null
  onClose: () => void
}

export const EditFlagDrawer = ({ flag, onClose }: EditFlagDrawerProps) => {
  const { mutate, isPending } = useUpdateCustomerFlag(flag?.id ?? "")

  return (
    <EditDrawer
      open={!!flag}
      onClose={onClose}
      title="Edit customer flag"
      description="Changes apply to every customer who has the flag."
      formId={FORM_ID}
      isPending={isPending}
      submitTestId="customer-flag-form-submit"
    >
      {flag && (
        <FlagForm
          key={flag.id}
          id={FORM_ID}
          flag={flag}
          onSubmit={(payload) =>
            mutate(
              payload,
              toastOutcome(
                ({ customer_flag }: CustomerFlagResponse) =>
                  `Flag "${customer_flag.name}" was updated`,
                onClose
              )
            )
          }
        />
      )}
    </EditDrawer>
  )
}
