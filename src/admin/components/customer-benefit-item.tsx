import { Badge, Text, clx } from "@medusajs/ui"
import { datesInWords, discountInWords, earlyFromInWords, kindOf } from "../lib/benefit-format"
import { isUsedUp, remainingInWords } from "../lib/customer-benefit-format"
import { CustomerBenefit } from "../lib/types"
import { CopyableCode } from "./copyable-code"

const Detail = ({
  children,
  testId,
  className,
}: {
  children: string
  testId?: string
  className?: string
}) => (
  <Text
    size="xsmall"
    leading="compact"
    className={clx("text-ui-fg-subtle", className)}
    data-testid={testId}
  >
    {children}
  </Text>
)

/** One benefit the customer may use: what it is, where it comes from, what is left, its offer. */
export const CustomerBenefitItem = ({ benefit }: { benefit: CustomerBenefit }) => {
  const kind = kindOf(benefit.kind)
  const remaining = remainingInWords(benefit)
  const usedUp = isUsedUp(benefit)
  const terms = [
    benefit.discount
      ? discountInWords({
          discount_type: benefit.discount.type,
          discount_value: benefit.discount.value,
          currency_code: benefit.discount.currency_code,
        })
      : null,
    benefit.kind === "early_access" ? earlyFromInWords(benefit.early_access_from) : null,
    benefit.starts_at || benefit.ends_at ? datesInWords(benefit) : null,
  ].filter((term): term is string => !!term)
  const productTitles = benefit.products
    .map((product) => product.title)
    .filter((title): title is string => !!title)

  return (
    <div
      className="flex flex-col gap-y-1.5 px-6 py-3"
      data-testid="customer-benefit"
      data-benefit-title={benefit.title}
    >
      <div className="flex items-start justify-between gap-x-3">
        <div className="flex min-w-0 flex-col">
          <Text size="small" leading="compact" weight="plus">
            {benefit.title}
          </Text>
          {benefit.description && <Detail>{benefit.description}</Detail>}
        </div>
        <div className="flex shrink-0 items-center gap-x-1">
          <Badge size="2xsmall" color={kind.color}>
            {kind.label}
          </Badge>
          <Badge size="2xsmall" color="grey" data-testid="customer-benefit-source">
            {`${benefit.source.type === "flag" ? "Flag" : "Tier"}: ${benefit.source.name}`}
          </Badge>
        </div>
      </div>
      {remaining && (
        <Detail
          testId="customer-benefit-remaining"
          className={clx(
            "txt-compact-xsmall-plus",
            usedUp ? "text-ui-fg-error" : "text-ui-fg-base"
          )}
        >
          {usedUp ? `${remaining} (used up)` : remaining}
        </Detail>
      )}
      {terms.length > 0 && <Detail>{terms.join(" · ")}</Detail>}
      {productTitles.length > 0 && <Detail>{`On ${productTitles.join(", ")}`}</Detail>}
      {(benefit.url || benefit.code) && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {benefit.url && (
            <a
              href={benefit.url}
              target="_blank"
              rel="noopener noreferrer"
              className="txt-compact-xsmall text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate"
              data-testid="customer-benefit-url"
            >
              {benefit.url}
            </a>
          )}
          {benefit.code && (
            <CopyableCode
              code={benefit.code}
              className="txt-compact-xsmall-plus bg-ui-bg-subtle rounded px-1"
              data-testid="customer-benefit-code"
            />
          )}
        </div>
      )}
    </div>
  )
}
