import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** Registers an email-and-password login, as a sign-up does; its auth identity's ID. */
export async function registerEmailPassLogin(
  auth: IAuthModuleService,
  email: string,
  password: string
) {
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  })
  if (!success) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Could not register ${email}: ${error}`
    )
  }
  return authIdentity!.id
}
