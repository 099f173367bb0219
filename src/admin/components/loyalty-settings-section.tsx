import { PencilSquare } from "@medusajs/icons"
import { Container, Skeleton, Text } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { useLoyaltySettings, useUpdateLoyaltySettings } from "../hooks/loyalty-settings"
import { formatPoints } from "../lib/loyalty-format"
import { toastOutcome } from "../lib/toast-outcome"
import { LoyaltySettings } from "../lib/types"
import { ActionMenu } from "./action-menu"
import { EditDrawer } from "./edit-drawer"
import { LoadError } from "./load-error"
import { LoyaltySettingsForm } from "./loyalty-settings-form"
import { SectionHeading } from "./section-heading"

const FORM_ID = "loyalty-settings-form"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <Text size="small" leading="compact">
      {children}
    </Text>
  </div>
)

const plural = (count: number, one: string, many: string) =>
  `${formatPoints(count)} ${count === 1 ? one : many}`

const ratesInWords = (rates: LoyaltySettings["points_per_currency"]) => {
  const entries = Object.entries(rates ?? {})
  return entries.length
    ? entries
        .map(([code, points]) => `${plural(points, "point", "points")} per ${code.toUpperCase()}`)
        .join(", ")
    : "No currency earns points yet"
}

/** The program's settings, read at a glance, edited in a drawer. */
export const LoyaltySettingsSection = () => {
  const { settings, isPending, isError, error } = useLoyaltySettings()
  const [editing, setEditing] = useState(false)
  const { mutate, isPending: isSaving } = useUpdateLoyaltySettings()

  return (
    <Container className="divide-y p-0" data-testid="loyalty-settings-section">
      <div className="flex items-center justify-between px-6 py-4">
        <SectionHeading
          title="Loyalty program"
          description="How customers earn points, when they can use them and when they expire."
        />
        <ActionMenu
          label="Program settings actions"
          groups={[
            [
              {
                label: "Edit",
                icon: <PencilSquare />,
                onClick: () => setEditing(true),
                testId: "loyalty-settings-edit",
              },
            ],
          ]}
        />
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <Skeleton className="h-5 w-1/2" />
          <Skeleton className="h-5 w-1/3" />
        </div>
      ) : isError || !settings ? (
        <LoadError what="settings" error={error} />
      ) : (
        <>
          <Row label="Points per currency">{ratesInWords(settings.points_per_currency)}</Row>
          <Row label="Pending period for orders">
            {plural(settings.pending_days, "day", "days")}
          </Row>
          <Row label="Pending period for bookings">
            {plural(settings.booking_pending_hours, "hour", "hours")} after it took place
          </Row>
          <Row label="Points expire">
            {settings.expiry_months
              ? `${plural(settings.expiry_months, "month", "months")} after they became available`
              : "Never"}
          </Row>
          <Row label="Minimum to redeem">{plural(settings.min_redeem, "point", "points")}</Row>
          <EditDrawer
            open={editing}
            onClose={() => setEditing(false)}
            title="Edit program settings"
            description="Changes apply to points earned from now on."
            formId={FORM_ID}
            isPending={isSaving}
            testId="loyalty-settings-drawer"
          >
            <LoyaltySettingsForm
              id={FORM_ID}
              settings={settings}
              onSubmit={(payload) =>
                mutate(
                  payload,
                  toastOutcome("The program settings were saved", () => setEditing(false))
                )
              }
            />
          </EditDrawer>
        </>
      )}
    </Container>
  )
}
