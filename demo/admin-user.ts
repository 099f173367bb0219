import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

/** The demo's admin login. Keep in step with ADMIN in scripts/demo.js. */
export const DEMO_ADMIN = { email: "admin@example.com", password: "supersecret" }

/**
 * The admin user with an email-and-password login, as `medusa user -e … -p …`
 * makes one, but inside the seed's own `medusa exec`: the demo's first start
 * then boots Medusa once less. Left alone if the user exists already (made
 * by hand before the first seed); `scripts/demo.js` still creates it for a
 * database seeded without it.
 */
export async function seedAdminUser(container: MedusaContainer) {
  const [existing] = await container
    .resolve(Modules.USER)
    .listUsers({ email: DEMO_ADMIN.email }, { select: ["id"] })
  if (existing) {
    return
  }
  const { success, authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: DEMO_ADMIN })
  if (!success) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Could not register ${DEMO_ADMIN.email}: ${error}`
    )
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email: DEMO_ADMIN.email } },
  })
}
