import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Button, Container } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { SectionHeading } from "./section-heading"

/** Where the loyalty program page leads to the messages members get. */
export const LoyaltyMessagesLinkSection = () => (
  <Container
    className="flex items-center justify-between px-6 py-4"
    data-testid="loyalty-messages-section"
  >
    <SectionHeading
      title="Messages"
      description="The emails members get when points are credited or changed by staff, per language."
    />
    <Button size="small" variant="secondary" asChild>
      <Link to="/settings/loyalty/messages" data-testid="loyalty-messages-edit">
        <ChatBubbleLeftRight />
        Edit messages
      </Link>
    </Button>
  </Container>
)
