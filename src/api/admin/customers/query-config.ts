import { defaultAdminCustomerFlagFields } from "../customer-flags/query-config"

export const defaultAdminFlagAssignmentFields = [
  "id",
  "flag_id",
  "customer_id",
  "source",
  "source_id",
  "assigned_by",
  "assigned_at",
  "expires_at",
  "note",
  "renewal_source",
  "renewal_source_id",
  "removed_at",
  "removed_by",
  "removal_reason",
  ...defaultAdminCustomerFlagFields
    .filter((field) => !field.startsWith("sales_channels"))
    .map((field) => `flag.${field}`),
]
