import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { escapeLike } from "../../../../utils/like-pattern"

/**
 * The id of the booking's customer, from `customer_id` or `customer_email`;
 * 404 when no (undeleted) customer matches. An email is matched ignoring
 * case; a registered customer wins over a guest with the same email, and
 * among equals the oldest.
 */
export async function resolveBookingCustomer(
  scope: MedusaContainer,
  booking: { customer_id?: string; customer_email?: string }
): Promise<string> {
  const customers = scope.resolve(Modules.CUSTOMER)
  if (booking.customer_id) {
    const [found] = await customers.listCustomers(
      { id: booking.customer_id },
      { select: ["id"], take: 1 }
    )
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer with id: ${booking.customer_id} was not found`
      )
    }
    return found.id
  }

  const email = booking.customer_email as string
  const matches = await customers.listCustomers(
    { email: { $ilike: escapeLike(email) } },
    { select: ["id", "has_account", "created_at"], order: { created_at: "ASC" } }
  )
  const found = matches.find((c) => c.has_account) ?? matches[0]
  if (!found) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer with email: ${email} was not found`
    )
  }
  return found.id
}
