import { Button, DatePicker, Drawer, Text } from "@medusajs/ui"
import { z } from "zod"
import { useSetProductSaleStart } from "../hooks/product-sale-start"
import { useZodForm } from "../hooks/use-zod-form"
import { formatDateTime } from "../lib/flag-format"
import { toastOutcome } from "../lib/toast-outcome"
import { DrawerFooter, DrawerHeader } from "./drawer-layout"
import { Form } from "./form"
import { FormField } from "./form-field"

const FORM_ID = "product-sale-start-form"

/** "2026-12-01 10:00 UTC", as the shop's messages to customers put it. */
export const inUtc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

const saleStartSchema = z.object({
  starts_at: z
    .date()
    .nullable()
    .refine((date) => !!date, "Pick the date and time the product goes on sale."),
})

const SaleStartForm = ({
  current,
  onSubmit,
}: {
  current: string | null
  onSubmit: (startsAt: Date) => void
}) => {
  const form = useZodForm(saleStartSchema, { starts_at: current ? new Date(current) : null })
  const submit = form.handleSubmit(({ starts_at }) => onSubmit(starts_at!))
  return (
    <Form {...form}>
      <form id={FORM_ID} onSubmit={submit} noValidate className="flex flex-col gap-y-6">
        <Text size="small" className="text-ui-fg-subtle">
          Until this moment nobody can add the product to a cart, except customers whose flag or
          tier gives them early access to it, from their own early date.
        </Text>
        <Form.Field
          control={form.control}
          name="starts_at"
          render={({ field }) => (
            <FormField
              label="Public sale start"
              hint={`Date and time in your time zone (${timeZone()}).`}
            >
              <div className="w-[280px]" data-testid="product-sale-start-input">
                <DatePicker
                  aria-label="Public sale start"
                  granularity="minute"
                  value={field.value}
                  onChange={field.onChange}
                />
              </div>
              {field.value && (
                <Text
                  size="xsmall"
                  className="text-ui-fg-muted"
                  data-testid="product-sale-start-utc"
                >
                  {inUtc(field.value)}
                  {field.value < new Date() &&
                    " — in the past: the product is on sale as soon as you save."}
                </Text>
              )}
            </FormField>
          )}
        />
      </form>
    </Form>
  )
}

type SaleStartDrawerProps = {
  productId: string
  /** The sale start now (ISO), or null when the product is on sale. */
  current: string | null
  open: boolean
  onClose: () => void
}

/** Sets, changes or clears a product's public sale start. */
export const SaleStartDrawer = ({ productId, current, open, onClose }: SaleStartDrawerProps) => {
  const { mutate, isPending, variables } = useSetProductSaleStart(productId)
  const isClearing = isPending && variables?.public_sale_starts_at === null
  const save = (startsAt: Date) =>
    mutate(
      { public_sale_starts_at: startsAt.toISOString() },
      toastOutcome(`The product goes on sale on ${formatDateTime(startsAt)}`, onClose)
    )
  const clear = () =>
    mutate(
      { public_sale_starts_at: null },
      toastOutcome("The sale start was cleared: the product is on sale now", onClose)
    )
  return (
    <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
      <Drawer.Content data-testid="product-sale-start-drawer">
        <DrawerHeader
          title="Sale start"
          description="When everyone may buy the product; early access lets some customers buy before."
        />
        <Drawer.Body className="flex flex-1 flex-col overflow-y-auto py-6">
          {open && <SaleStartForm current={current} onSubmit={save} />}
        </Drawer.Body>
        <DrawerFooter>
          {current && (
            <Button
              size="small"
              variant="secondary"
              type="button"
              isLoading={isClearing}
              disabled={isPending}
              onClick={clear}
              data-testid="product-sale-start-clear"
            >
              Clear sale start
            </Button>
          )}
          <Button
            size="small"
            type="submit"
            form={FORM_ID}
            isLoading={isPending && !isClearing}
            disabled={isPending}
            data-testid="product-sale-start-submit"
          >
            Save
          </Button>
        </DrawerFooter>
      </Drawer.Content>
    </Drawer>
  )
}
