export const defaultAdminSegmentFields = [
  "id",
  "name",
  "description",
  "rules",
  "flag_id",
  "remove_flag_on_leave",
  "member_count",
  "last_refreshed_at",
  "last_refresh_ms",
  "metadata",
  "created_at",
  "updated_at",
  "flag.id",
  "flag.name",
  "flag.abbreviation",
  "flag.icon",
  "flag.color",
  "flag.display",
]

export const retrieveSegmentQueryConfig = {
  defaults: defaultAdminSegmentFields,
  isList: false,
}

export const listSegmentsQueryConfig = {
  ...retrieveSegmentQueryConfig,
  defaultLimit: 50,
  isList: true,
}

export const listSegmentMembersQueryConfig = {
  defaults: [
    "id",
    "entered_at",
    "left_at",
    "customer.id",
    "customer.email",
    "customer.first_name",
    "customer.last_name",
  ],
  defaultLimit: 50,
  isList: true,
}
