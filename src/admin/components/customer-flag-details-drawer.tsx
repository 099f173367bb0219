import { Button, Drawer, Heading, Text, usePrompt } from "@medusajs/ui"
import { ReactNode } from "react"
import { useRemoveCustomerFlag } from "../hooks/customer-flag-assignments"
import { useUser } from "../hooks/users"
import { displayLabel, formatDateTime, sourceLabel } from "../lib/flag-format"
import { toastOutcome } from "../lib/toast-outcome"
import { CustomerFlagAssignment } from "../lib/types"
import { DrawerFooter, DrawerHeader } from "./drawer-layout"
import { FlagIcon } from "./flag-icon"

type CustomerFlagDetailsDrawerProps = {
  /** The assignment to show; the drawer is open while there is one. */
  assignment: CustomerFlagAssignment | null
  onClose: () => void
}

export const CustomerFlagDetailsDrawer = ({
  assignment,
  onClose,
}: CustomerFlagDetailsDrawerProps) => (
  <Drawer open={!!assignment} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content data-testid="customer-flag-details">
      {assignment?.flag && (
        <Details key={assignment.id} assignment={assignment} onClose={onClose} />
      )}
    </Drawer.Content>
  </Drawer>
)

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <Text size="small" leading="compact" className="whitespace-pre-line break-words">
      {children}
    </Text>
  </div>
)

const AssignedBy = ({ userId }: { userId: string }) => {
  const { user, isPending, isError } = useUser(userId, { retry: false })
  if (isPending) {
    return <>…</>
  }
  if (isError || !user) {
    return <>{userId}</>
  }
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ")
  return <>{name ? `${name} (${user.email})` : user.email}</>
}

const Details = ({
  assignment,
  onClose,
}: {
  assignment: CustomerFlagAssignment
  onClose: () => void
}) => {
  const flag = assignment.flag!
  const prompt = usePrompt()
  const { mutate, isPending } = useRemoveCustomerFlag(assignment.customer_id)

  const expired = !!assignment.expires_at && new Date(assignment.expires_at) <= new Date()

  const handleRemove = async () => {
    const confirmed = await prompt({
      title: `Remove the flag "${flag.name}"?`,
      description: "The customer no longer has the flag. Its history is kept.",
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    mutate(flag.id, toastOutcome(`Flag "${flag.name}" was removed`, onClose))
  }

  return (
    <>
      <DrawerHeader
        title="Flag details"
        description="When and why the customer was given this flag."
      />
      <Drawer.Body className="flex-1 overflow-y-auto p-0">
        <div className="flex items-start gap-x-4 px-6 py-6">
          <FlagIcon flag={flag} size="large" />
          <div className="flex min-w-0 flex-col gap-y-1">
            <Heading level="h2" data-testid="customer-flag-details-name">
              {flag.name}
            </Heading>
            <Text size="small" className="text-ui-fg-subtle whitespace-pre-line">
              {flag.description || "No description."}
            </Text>
          </div>
        </div>
        <div className="divide-y border-t">
          <Row label="Display">{displayLabel(flag.display)}</Row>
          <Row label="Source">
            {sourceLabel(assignment.source)}
            {assignment.renewal_source
              ? ` (renewed by ${sourceLabel(assignment.renewal_source).toLowerCase()})`
              : ""}
          </Row>
          <Row label="Assigned by">
            {assignment.assigned_by ? <AssignedBy userId={assignment.assigned_by} /> : "-"}
          </Row>
          <Row label="Assigned at">{formatDateTime(assignment.assigned_at)}</Row>
          <Row label="Expires at">
            {assignment.expires_at
              ? `${formatDateTime(assignment.expires_at)}${expired ? " (expired)" : ""}`
              : "Never"}
          </Row>
          <Row label="Note">{assignment.note || "-"}</Row>
        </div>
      </Drawer.Body>
      <DrawerFooter closeLabel="Close">
        <Button
          size="small"
          variant="danger"
          onClick={handleRemove}
          isLoading={isPending}
          data-testid="remove-customer-flag-button"
        >
          Remove
        </Button>
      </DrawerFooter>
    </>
  )
}
