import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { registerEmailPassLogin } from "./email-pass-login"

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
  const authIdentityId = await registerEmailPassLogin(
    container.resolve(Modules.AUTH),
    DEMO_ADMIN.email,
    DEMO_ADMIN.password
  )
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId, userData: { email: DEMO_ADMIN.email } },
  })
}
