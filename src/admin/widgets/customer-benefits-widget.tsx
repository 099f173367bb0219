import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { CustomerBenefitItem } from "../components/customer-benefit-item"
import { CustomerRewards } from "../components/customer-rewards"
import { LoadError } from "../components/load-error"
import { useCustomerBenefits } from "../hooks/customer-benefits"

/**
 * What the customer may use now, as a box-office cashier needs it: each
 * benefit with the flag or tier it comes from and what is left of it, the
 * offers' links and codes, and the rewards their points can buy.
 */
const CustomerBenefitsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { benefits, rewards, points_available, isPending, isError, error } = useCustomerBenefits(
    customer.id
  )
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email

  return (
    <Container className="divide-y p-0" data-testid="customer-benefits-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Benefits</Heading>
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-5 w-48" />
          <Skeleton className="h-5 w-32" />
        </div>
      ) : isError ? (
        <LoadError what="customer's benefits" error={error} />
      ) : (
        <>
          {!benefits?.length ? (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              No benefits now: none of this customer's flags or tier gives one.
            </Text>
          ) : (
            <div className="divide-y divide-dashed">
              {benefits.map((benefit) => (
                <CustomerBenefitItem key={benefit.id} benefit={benefit} />
              ))}
            </div>
          )}
          <CustomerRewards
            customerId={customer.id}
            customerName={name}
            rewards={rewards ?? []}
            pointsAvailable={points_available ?? 0}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.before",
  id: "customer-loyalty:customer-benefits",
})

export default CustomerBenefitsWidget
