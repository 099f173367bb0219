import { Button, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { CatalogKind, useCatalogSearch } from "../hooks/catalog"
import { EarnRuleTargetDraft, emptyTarget } from "../lib/earn-rule-form"
import { EARN_RULE_TARGETS } from "../lib/loyalty-format"
import { EarnRuleTargetType } from "../lib/types"
import { CatalogSearchSelect } from "./catalog-search-select"

const WHOLE_PRODUCT = "whole_product"

type EarnRuleTargetPickerProps = {
  value: EarnRuleTargetDraft
  onChange: (value: EarnRuleTargetDraft) => void
}

const VariantSelect = ({
  value,
  onChange,
  optional,
}: EarnRuleTargetPickerProps & { optional: boolean }) => {
  const { data, isPending } = useCatalogSearch("variant", {
    product_id: value.productId ?? undefined,
  })
  const variants = data?.items ?? []
  const current =
    value.id && value.id !== value.productId ? value.id : optional ? WHOLE_PRODUCT : ""

  return (
    <Select
      value={current}
      disabled={isPending}
      onValueChange={(id) =>
        onChange(
          id === WHOLE_PRODUCT
            ? { ...value, id: value.productId, label: value.productLabel }
            : {
                ...value,
                id,
                label: `${value.productLabel} · ${variants.find((v) => v.id === id)?.label ?? id}`,
              }
        )
      }
    >
      <Select.Trigger aria-label="Variant" data-testid="loyalty-target-variant-select">
        <Select.Value placeholder={isPending ? "Loading variants…" : "Choose a variant"} />
      </Select.Trigger>
      <Select.Content>
        {optional && <Select.Item value={WHOLE_PRODUCT}>Any variant of the product</Select.Item>}
        {variants.map((variant) => (
          <Select.Item key={variant.id} value={variant.id}>
            {variant.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

const ChosenTarget = ({ label, onChange }: { label: string; onChange: () => void }) => (
  <div className="shadow-borders-base flex items-center justify-between gap-x-3 rounded-lg px-3 py-2">
    <Text
      size="small"
      leading="compact"
      weight="plus"
      className="truncate"
      data-testid="loyalty-target-chosen"
    >
      {label}
    </Text>
    <Button size="small" variant="transparent" type="button" onClick={onChange}>
      Change
    </Button>
  </div>
)

/**
 * What an earn rule applies to: everything, or one product, variant,
 * collection, category or bookable service (a product, or one of its variants).
 */
export const EarnRuleTargetPicker = ({ value, onChange }: EarnRuleTargetPickerProps) => {
  const viaProduct = value.type === "variant" || value.type === "service"
  const catalogKind: CatalogKind | null =
    viaProduct || value.type === "product"
      ? "product"
      : value.type === "collection" || value.type === "category"
        ? value.type
        : null
  // Searching until something is chosen; a chosen target folds into one line.
  const [picking, setPicking] = useState(!value.id)
  const chosenLabel = viaProduct && value.productId ? value.productLabel : value.label

  return (
    <div className="flex flex-col gap-y-3">
      <Select
        value={value.type}
        onValueChange={(type) => {
          onChange(emptyTarget(type as EarnRuleTargetType))
          setPicking(true)
        }}
      >
        <Select.Trigger aria-label="Applies to" data-testid="loyalty-target-type">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {EARN_RULE_TARGETS.map((target) => (
            <Select.Item key={target.value} value={target.value}>
              {target.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>

      {catalogKind &&
        (!picking && chosenLabel ? (
          <ChosenTarget label={chosenLabel} onChange={() => setPicking(true)} />
        ) : (
          <CatalogSearchSelect
            key={catalogKind}
            kind={catalogKind}
            selectedId={viaProduct ? value.productId : value.id}
            onSelect={(item) => {
              setPicking(false)
              onChange(
                viaProduct
                  ? {
                      ...value,
                      productId: item.id,
                      productLabel: item.label,
                      // A service may be the whole product; a variant rule must pick one.
                      id: value.type === "service" ? item.id : null,
                      label: value.type === "service" ? item.label : null,
                    }
                  : { ...value, id: item.id, label: item.label }
              )
            }}
          />
        ))}

      {viaProduct && value.productId && (
        <VariantSelect
          key={value.productId}
          value={value}
          onChange={onChange}
          optional={value.type === "service"}
        />
      )}
    </div>
  )
}
