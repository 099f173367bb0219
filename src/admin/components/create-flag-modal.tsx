import { useCreateCustomerFlag } from "../hooks/customer-flags"
import { toastOutcome } from "../lib/toast-outcome"
import { CustomerFlagResponse } from "../lib/types"
import { CreateModal } from "./create-modal"
import { FlagForm } from "./flag-form"

const FORM_ID = "create-customer-flag-form"

type CreateFlagModalProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const CreateFlagModal = ({ open, onOpenChange }: CreateFlagModalProps) => {
  const { mutate, isPending } = useCreateCustomerFlag()

  return (
    <CreateModal
      open={open}
      onOpenChange={onOpenChange}
      title="Create customer flag"
      description="A flag marks customers (VIP, staff, press…) so that everyone sees it on their page. Each flag also gets a customer group, for promotions and price lists."
      formId={FORM_ID}
      isPending={isPending}
      submitTestId="customer-flag-form-submit"
    >
      <FlagForm
        id={FORM_ID}
        onSubmit={(payload) =>
          mutate(
            payload,
            toastOutcome(
              ({ customer_flag }: CustomerFlagResponse) =>
                `Flag "${customer_flag.name}" was created`,
              () => onOpenChange(false)
            )
          )
        }
      />
    </CreateModal>
  )
}
