import { Button, Drawer, Skeleton, Tabs, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import {
  useCustomerFlag,
  useRemoveFlagPurchaseRule,
  useSaveFlagPurchaseRule,
  useUpdateCustomerFlag,
} from "../hooks/customer-flags"
import { toastOutcome } from "../lib/toast-outcome"
import { CustomerFlag, CustomerFlagResponse } from "../lib/types"
import { BenefitsPanel } from "./benefits-panel"
import { DrawerFooter, DrawerHeader } from "./drawer-layout"
import { FlagConnectionsForm } from "./flag-connections-form"
import { FlagForm } from "./flag-form"

const FORM_IDS = {
  details: "edit-customer-flag-form",
  connections: "edit-customer-flag-connections-form",
}

/** Benefits are saved one by one inside the tab, so it has no form for the footer's Save. */
type Tab = keyof typeof FORM_IDS | "benefits"

const DESCRIPTIONS: Record<Tab, string> = {
  details: "Changes apply to every customer who has the flag.",
  connections: "Give the flag automatically to customers who buy certain things.",
  benefits: "What customers who have the flag get: discounts, early access and offers.",
}

type EditFlagDrawerProps = {
  /** The flag to edit; the drawer is open while there is one. */
  flag: CustomerFlag | null
  onClose: () => void
}

/** The purchase rule, read afresh: the flag passed in may be a list's older copy. */
const Connections = ({
  flag,
  onSave,
  onRemove,
  isRemoving,
}: {
  flag: CustomerFlag
  onSave: Parameters<typeof FlagConnectionsForm>[0]["onSubmit"]
  onRemove: () => void
  isRemoving: boolean
}) => {
  const { customer_flag, isPending, isError, error } = useCustomerFlag(flag.id)
  if (isPending) {
    return (
      <div className="flex flex-col gap-y-3">
        <Skeleton className="h-5 w-full" />
        <Skeleton className="h-24 w-full" />
      </div>
    )
  }
  if (isError || !customer_flag) {
    return (
      <Text size="small" className="text-ui-fg-error">
        The flag's purchase rule could not be loaded: {error?.message}
      </Text>
    )
  }
  const rule = customer_flag.purchase_rule
  return (
    <div className="flex flex-col gap-y-8">
      <FlagConnectionsForm
        key={customer_flag.updated_at}
        id={FORM_IDS.connections}
        rule={rule}
        onSubmit={onSave}
      />
      {rule && (
        <div className="shadow-borders-base flex items-center justify-between gap-x-4 rounded-lg px-4 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            Stop giving the flag for purchases. Customers who have it keep it.
          </Text>
          <Button
            size="small"
            variant="danger"
            type="button"
            className="shrink-0"
            isLoading={isRemoving}
            onClick={onRemove}
            data-testid="flag-connections-remove"
          >
            Remove rule
          </Button>
        </div>
      )}
    </div>
  )
}

export const EditFlagDrawer = ({ flag, onClose }: EditFlagDrawerProps) => {
  const [tab, setTab] = useState<Tab>("details")
  const id = flag?.id ?? ""
  const { mutate, isPending } = useUpdateCustomerFlag(id)
  const { mutate: saveRule, isPending: isSavingRule } = useSaveFlagPurchaseRule(id)
  const { mutate: removeRule, isPending: isRemovingRule } = useRemoveFlagPurchaseRule(id)
  const prompt = usePrompt()

  const close = () => {
    setTab("details")
    onClose()
  }

  const confirmRemoveRule = async () => {
    const confirmed = await prompt({
      title: `Remove the purchase rule of "${flag?.name}"?`,
      description: "Orders from now on no longer give the flag. Customers who have it keep it.",
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (confirmed) {
      removeRule(undefined, toastOutcome(`The purchase rule of "${flag?.name}" was removed`))
    }
  }

  return (
    <Drawer open={!!flag} onOpenChange={(next) => !next && close()}>
      <Drawer.Content>
        <DrawerHeader title="Edit customer flag" description={DESCRIPTIONS[tab]} />
        <Drawer.Body className="flex flex-1 flex-col overflow-y-auto py-6">
          {flag && (
            <Tabs
              value={tab}
              onValueChange={(next) => setTab(next as Tab)}
              className="flex flex-col gap-y-6"
            >
              <Tabs.List>
                <Tabs.Trigger value="details" data-testid="customer-flag-tab-details">
                  Details
                </Tabs.Trigger>
                <Tabs.Trigger value="connections" data-testid="customer-flag-tab-connections">
                  Connections
                </Tabs.Trigger>
                <Tabs.Trigger value="benefits" data-testid="customer-flag-tab-benefits">
                  Benefits
                </Tabs.Trigger>
              </Tabs.List>
              {/* All stay mounted, so switching tabs keeps what was typed in the others. */}
              <Tabs.Content value="details" forceMount className="data-[state=inactive]:hidden">
                <FlagForm
                  key={flag.id}
                  id={FORM_IDS.details}
                  flag={flag}
                  onSubmit={(payload) =>
                    mutate(
                      payload,
                      toastOutcome(
                        ({ customer_flag }: CustomerFlagResponse) =>
                          `Flag "${customer_flag.name}" was updated`,
                        close
                      )
                    )
                  }
                />
              </Tabs.Content>
              <Tabs.Content value="connections" forceMount className="data-[state=inactive]:hidden">
                <Connections
                  key={flag.id}
                  flag={flag}
                  isRemoving={isRemovingRule}
                  onRemove={confirmRemoveRule}
                  onSave={(payload) =>
                    saveRule(
                      payload,
                      toastOutcome(
                        ({ customer_flag }: CustomerFlagResponse) =>
                          `The purchase rule of "${customer_flag.name}" was saved`,
                        close
                      )
                    )
                  }
                />
              </Tabs.Content>
              <Tabs.Content value="benefits" forceMount className="data-[state=inactive]:hidden">
                <BenefitsPanel
                  key={flag.id}
                  owner={{ flag_id: flag.id }}
                  audience="customers who have the flag"
                />
              </Tabs.Content>
            </Tabs>
          )}
        </Drawer.Body>
        <DrawerFooter closeLabel={tab === "benefits" ? "Close" : "Cancel"}>
          {tab !== "benefits" && (
            <Button
              size="small"
              type="submit"
              form={FORM_IDS[tab]}
              isLoading={tab === "details" ? isPending : isSavingRule}
              data-testid={
                tab === "details" ? "customer-flag-form-submit" : "flag-connections-submit"
              }
            >
              Save
            </Button>
          )}
        </DrawerFooter>
      </Drawer.Content>
    </Drawer>
  )
}
