import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { EarnRulesSection } from "../../../components/earn-rules-section"
import { LoyaltyMessagesLinkSection } from "../../../components/loyalty-messages-link-section"
import { LoyaltySettingsSection } from "../../../components/loyalty-settings-section"
import { RewardsSection } from "../../../components/rewards-section"
import { TiersSection } from "../../../components/tiers-section"

/** The whole loyalty program on one page: settings, earn rules, tiers, rewards and a way to the messages. */
const LoyaltyProgramPage = () => (
  <div className="flex flex-col gap-y-3" data-testid="loyalty-program-page">
    <LoyaltySettingsSection />
    <EarnRulesSection />
    <TiersSection />
    <RewardsSection />
    <LoyaltyMessagesLinkSection />
  </div>
)

export const config = defineRouteConfig({
  label: "Loyalty program",
  icon: Sparkles,
})

export default LoyaltyProgramPage
