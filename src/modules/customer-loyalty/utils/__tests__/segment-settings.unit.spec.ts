import { segmentSettings } from "../../options"

describe("segmentSettings", () => {
  it("defaults to UTC, an hourly refresh and the notification consent key", () => {
    expect(segmentSettings()).toEqual({
      timezone: "UTC",
      refresh_interval_minutes: 60,
      marketing_consent_key: "marketing_consent",
    })
  })

  it("takes a timezone, an interval and the consent key from the options", () => {
    expect(
      segmentSettings({
        marketing_consent_metadata_key: "newsletter",
        segments: { timezone: "Europe/Stockholm", refresh_interval_minutes: 15 },
      })
    ).toEqual({
      timezone: "Europe/Stockholm",
      refresh_interval_minutes: 15,
      marketing_consent_key: "newsletter",
    })
  })

  it("refuses a timezone nobody knows and an interval below a minute", () => {
    expect(() => segmentSettings({ segments: { timezone: "Mars/Olympus" } })).toThrow(
      /segments\.timezone: 'Mars\/Olympus'/
    )
    expect(() => segmentSettings({ segments: { refresh_interval_minutes: 0.5 } })).toThrow(
      /refresh_interval_minutes/
    )
  })
})
