import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { useCustomers } from "../hooks/customers"
import { useDebouncedValue } from "../hooks/use-debounced-value"
import { customerName } from "../lib/loyalty-format"
import { LoyaltyCustomer } from "../lib/types"
import { SearchSelect } from "./search-select"

const LIMIT = 20

type CustomerSearchSelectProps = {
  value: LoyaltyCustomer | null
  onChange: (customer: LoyaltyCustomer) => void
  /** Customers that cannot be picked, with the reason shown beside them. */
  unavailable?: Record<string, string>
  autoFocus?: boolean
  testId?: string
}

/** Finds a customer by name or email with Medusa's own customer search. */
export const CustomerSearchSelect = ({
  value,
  onChange,
  unavailable = {},
  autoFocus,
  testId = "loyalty-customer-search",
}: CustomerSearchSelectProps) => {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const { customers, count, isPending, error } = useCustomers(
    {
      q: q || undefined,
      limit: LIMIT,
      fields: "id,email,first_name,last_name",
      order: "email",
    },
    { placeholderData: keepPreviousData }
  )

  const byId = new Map((customers ?? []).map((customer) => [customer.id, customer]))
  const options = (customers ?? []).map((customer) => {
    const name = customerName(customer)
    return {
      id: customer.id,
      label: name,
      description: name !== customer.email ? customer.email : null,
      disabledReason: unavailable[customer.id],
    }
  })

  return (
    <SearchSelect
      noun="customers"
      search={search}
      onSearchChange={setSearch}
      options={options}
      isPending={isPending}
      error={error ? error.message : null}
      selectedId={value?.id ?? null}
      onSelect={(option) => {
        const customer = byId.get(option.id)
        if (customer) {
          onChange({
            id: customer.id,
            email: customer.email,
            first_name: customer.first_name,
            last_name: customer.last_name,
          })
        }
      }}
      footer={
        count && customers && count > customers.length
          ? `Showing ${customers.length} of ${count}; search to find others.`
          : undefined
      }
      autoFocus={autoFocus}
      testId={testId}
    />
  )
}
