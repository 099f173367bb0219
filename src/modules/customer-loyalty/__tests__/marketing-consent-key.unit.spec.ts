import { marketingConsentKey, segmentSettings } from "../options"

// Notifications, segments and the customer overview decide who consented
// from this one function: a store that renames the key renames it for all.
describe("the marketing consent key", () => {
  it("defaults to marketing_consent, for notifications and segments alike", () => {
    expect(marketingConsentKey()).toBe("marketing_consent")
    expect(marketingConsentKey({})).toBe("marketing_consent")
    expect(segmentSettings({}).marketing_consent_key).toBe("marketing_consent")
  })

  it("follows the plugin option everywhere", () => {
    const options = { marketing_consent_metadata_key: "newsletter_opt_in" }
    expect(marketingConsentKey(options)).toBe("newsletter_opt_in")
    expect(segmentSettings(options).marketing_consent_key).toBe("newsletter_opt_in")
  })
})
