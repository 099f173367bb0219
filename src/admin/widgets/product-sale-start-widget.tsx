import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { PencilSquare } from "@medusajs/icons"
import { Badge, Container, Heading, Skeleton, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { ActionMenu } from "../components/action-menu"
import { FlagIcon } from "../components/flag-icon"
import { LoadError } from "../components/load-error"
import { inUtc, SaleStartDrawer } from "../components/sale-start-drawer"
import { useCustomerFlags } from "../hooks/customer-flags"
import { useProductSaleStart } from "../hooks/product-sale-start"
import { datesInWords, earlyFromInWords, limitsInWords } from "../lib/benefit-format"
import { formatDateTime } from "../lib/flag-format"
import { CustomerFlag, ProductEarlyAccess } from "../lib/types"

const Label = ({ children }: { children: string }) => (
  <Text size="small" leading="compact" weight="plus">
    {children}
  </Text>
)

/** The flag as staff know it (icon and colour), or "Tier: Gold". */
const Owner = ({ owner, flag }: { owner: ProductEarlyAccess["owner"]; flag?: CustomerFlag }) =>
  owner.type === "tier" ? (
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      Tier: {owner.name}
    </Text>
  ) : (
    <div className="flex min-w-0 items-center gap-x-1.5">
      {flag && <FlagIcon flag={flag} size="small" showAbbreviation={false} />}
      <Text size="small" leading="compact" className="text-ui-fg-subtle truncate">
        {owner.name}
      </Text>
    </div>
  )

const EarlyAccessRow = ({
  benefit,
  flag,
  saleStartsAt,
}: {
  benefit: ProductEarlyAccess
  flag?: CustomerFlag
  saleStartsAt: string | null
}) => {
  const tooLate =
    !!saleStartsAt &&
    !!benefit.early_access_from &&
    new Date(benefit.early_access_from) >= new Date(saleStartsAt)
  return (
    <div
      className="flex flex-col gap-y-1"
      data-testid="product-early-access-row"
      data-owner={benefit.owner.name}
      data-active={benefit.is_active}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Owner owner={benefit.owner} flag={flag} />
        {!benefit.is_active && <StatusBadge color="grey">Inactive</StatusBadge>}
      </div>
      <Text
        size="small"
        weight="plus"
        className={benefit.is_active ? undefined : "text-ui-fg-muted"}
      >
        {benefit.title}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {[
          earlyFromInWords(benefit.early_access_from),
          limitsInWords(benefit),
          benefit.starts_at || benefit.ends_at ? datesInWords(benefit) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </Text>
      {tooLate && (
        <Text size="xsmall" className="text-ui-fg-error">
          Its early date is not before the public sale start, so it gives nothing extra.
        </Text>
      )}
    </div>
  )
}

/**
 * On the product page: when the product goes on sale to everyone (set,
 * changed or cleared here) and which flags and tiers may buy it earlier.
 */
const ProductSaleStartWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { sale_start, early_access, isPending, isError, error } = useProductSaleStart(product.id)
  const [editing, setEditing] = useState(false)
  const startsAt = sale_start?.public_sale_starts_at ?? null
  const hasFlagOwners = !!early_access?.some((benefit) => benefit.owner.type === "flag")
  const { customer_flags } = useCustomerFlags(
    { limit: 200, order: "name" },
    { enabled: hasFlagOwners, staleTime: 60_000 }
  )
  const flags = new Map((customer_flags ?? []).map((flag) => [flag.id, flag]))
  const upcoming = !!startsAt && new Date(startsAt) > new Date()

  return (
    <Container className="divide-y p-0" data-testid="product-sale-start-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Sale start and early access</Heading>
        <ActionMenu
          label="Sale start actions"
          groups={[
            [
              {
                label: startsAt ? "Edit sale start" : "Set sale start",
                icon: <PencilSquare />,
                onClick: () => setEditing(true),
                testId: "product-sale-start-edit",
              },
            ],
          ]}
        />
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : isError ? (
        <LoadError what="sale start" error={error} />
      ) : (
        <>
          <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="product-sale-start">
            <div className="flex items-center justify-between gap-x-2">
              <Label>Public sale start</Label>
              {startsAt && (
                <StatusBadge color={upcoming ? "orange" : "green"}>
                  {upcoming ? "Upcoming" : "On sale"}
                </StatusBadge>
              )}
            </div>
            {startsAt ? (
              <Text
                size="small"
                className="text-ui-fg-subtle"
                title={inUtc(new Date(startsAt))}
                data-testid="product-sale-start-value"
                data-value={startsAt}
              >
                {formatDateTime(startsAt)}
              </Text>
            ) : (
              <Text
                size="small"
                className="text-ui-fg-subtle"
                data-testid="product-sale-start-value"
              >
                On sale now — no sale start set
              </Text>
            )}
          </div>
          <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="product-early-access">
            <div className="flex items-center gap-x-2">
              <Label>Early access</Label>
              {!!early_access?.length && <Badge size="2xsmall">{early_access.length}</Badge>}
            </div>
            {!early_access?.length ? (
              <Text size="small" className="text-ui-fg-muted">
                No flag or tier gives early access to this product. Add it under Benefits on a flag
                (Settings › Customer flags) or a tier (Settings › Loyalty program).
              </Text>
            ) : (
              <>
                {!startsAt && (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    Everyone can buy the product now, so early access has no effect until a sale
                    start is set.
                  </Text>
                )}
                {early_access.map((benefit) => (
                  <EarlyAccessRow
                    key={benefit.id}
                    benefit={benefit}
                    flag={benefit.owner.type === "flag" ? flags.get(benefit.owner.id) : undefined}
                    saleStartsAt={startsAt}
                  />
                ))}
              </>
            )}
          </div>
        </>
      )}
      <SaleStartDrawer
        productId={product.id}
        current={startsAt}
        open={editing}
        onClose={() => setEditing(false)}
      />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
  id: "customer-loyalty:product-sale-start",
})

export default ProductSaleStartWidget
