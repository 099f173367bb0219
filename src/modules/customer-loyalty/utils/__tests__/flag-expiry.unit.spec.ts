import { assignmentExpiresAt, flagExpiryFromColumns, flagExpiryToColumns } from "../flag-expiry"

describe("flag expiry", () => {
  const assignedAt = new Date("2030-03-01T10:00:00Z")

  it("has no expiry by default", () => {
    const columns = flagExpiryToColumns({ type: "none" })
    expect(columns).toEqual({
      expiry_type: "none",
      expiry_date: null,
      expiry_days: null,
    })
    expect(assignmentExpiresAt(columns, assignedAt)).toBeNull()
    expect(flagExpiryFromColumns(columns)).toEqual({ type: "none" })
  })

  it("expires on a fixed date whenever the flag was assigned", () => {
    const columns = flagExpiryToColumns({
      type: "fixed_date",
      date: "2030-12-31T00:00:00.000Z",
    })
    expect(assignmentExpiresAt(columns, assignedAt)).toEqual(new Date("2030-12-31T00:00:00.000Z"))
    expect(flagExpiryFromColumns(columns)).toEqual({
      type: "fixed_date",
      date: "2030-12-31T00:00:00.000Z",
    })
  })

  it("expires N whole days after the assignment", () => {
    const columns = flagExpiryToColumns({
      type: "days_after_assignment",
      days: 14,
    })
    expect(assignmentExpiresAt(columns, assignedAt)).toEqual(new Date("2030-03-15T10:00:00Z"))
    expect(flagExpiryFromColumns(columns)).toEqual({
      type: "days_after_assignment",
      days: 14,
    })
  })

  it("reads incomplete columns as no expiry", () => {
    expect(flagExpiryFromColumns({ expiry_type: "fixed_date", expiry_date: null })).toEqual({
      type: "none",
    })
  })
})
