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
  // Only these may be asked for or ordered by: anything else is a 400
  // (an unknown order field reached the database: a 500).
  allowed: defaultAdminSegmentFields,
  isList: false,
}

export const listSegmentsQueryConfig = {
  ...retrieveSegmentQueryConfig,
  defaultLimit: 50,
  isList: true,
}
