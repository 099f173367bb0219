export const defaultAdminCustomerFlagFields = [
  "id",
  "name",
  "abbreviation",
  "icon",
  "color",
  "display",
  "expiry_type",
  "expiry_date",
  "expiry_days",
  "description",
  "customer_group_id",
  "purchase_rule",
  "metadata",
  "created_at",
  "updated_at",
  "sales_channels.id",
  "sales_channels.name",
]

export const retrieveCustomerFlagQueryConfig = {
  defaults: defaultAdminCustomerFlagFields,
  // Only these may be asked for or ordered by: anything else is a 400
  // (an unknown order field reached the database: a 500).
  allowed: defaultAdminCustomerFlagFields,
  isList: false,
}

export const listCustomerFlagsQueryConfig = {
  ...retrieveCustomerFlagQueryConfig,
  defaultLimit: 50,
  isList: true,
}
