import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { saveLoyaltyMessagesWorkflow } from "../src/workflows/loyalty-config"
import { DEMO_SHOPPERS } from "./shoppers"

const ENGLISH = {
  points_credited: {
    subject: "{{ points | number }} points for you, {{ first_name }}",
    body:
      "Hi {{ first_name }},\n\nThank you! {{ description }} earned you {{ points | number }} points.\n" +
      "You now have {{ balance_available | number }} points to use{% if balance_pending > 0 %} and {{ balance_pending | number }} on the way{% endif %}." +
      "{% if tier != blank %}\nYour tier: {{ tier }}.{% endif %}\n\nMember {{ member_number }}\nNordscen",
  },
  points_adjusted: {
    subject: "Your Nordscen points changed",
    body:
      "Hi {{ first_name }},\n\nWe changed your balance by {{ points | number }} points: {{ description }}.\n" +
      "You now have {{ balance_available | number }} points.\n\nMember {{ member_number }}\nNordscen",
  },
}

const SWEDISH = {
  points_credited: {
    subject: "{{ points | number }} poäng till dig, {{ first_name }}",
    body:
      "Hej {{ first_name }}!\n\nTack! {{ description }} gav dig {{ points | number }} poäng.\n" +
      "Du har nu {{ balance_available | number }} poäng att använda.\n\nMedlem {{ member_number }}\nNordscen",
  },
  points_adjusted: {
    subject: "Dina poäng hos Nordscen har ändrats",
    body:
      "Hej {{ first_name }}!\n\nVi har ändrat ditt saldo med {{ points | number }} poäng: {{ description }}.\n" +
      "Du har nu {{ balance_available | number }} poäng.\n\nMedlem {{ member_number }}\nNordscen",
  },
}

/**
 * The two loyalty messages in English (the default) and Swedish, and
 * marketing consent for the storefront shoppers (Selma reads Swedish), so
 * a points adjustment in the admin sends a message the demo's recording
 * provider keeps and the customer page shows.
 */
export async function seedLoyaltyMessages(container: MedusaContainer) {
  const messages = Object.entries({ en: ENGLISH, sv: SWEDISH }).flatMap(([locale, texts]) =>
    Object.entries(texts).map(([kind, text]) => ({
      kind: kind as "points_credited" | "points_adjusted",
      locale,
      ...text,
    }))
  )
  await saveLoyaltyMessagesWorkflow(container).run({ input: { messages } })

  const customers = container.resolve(Modules.CUSTOMER)
  const shoppers = await customers.listCustomers({
    email: DEMO_SHOPPERS.map((shopper) => shopper.email),
  })
  for (const customer of shoppers) {
    await customers.updateCustomers(customer.id, {
      metadata: {
        ...(customer.metadata ?? {}),
        marketing_consent: true,
        ...(customer.email === "selma.falk@example.com" ? { locale: "sv" } : {}),
      },
    })
  }
}
