import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"

const JWT_SECRET = process.env.JWT_SECRET || "supersecret"

export type AuthHeaders = { headers: Record<string, string> }

/** Creates an admin user and returns headers with a bearer token for it. */
export async function createAdminUser(
  container: MedusaContainer,
  email = "admin@example.com"
): Promise<AuthHeaders & { user: { id: string } }> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ email })
  const authIdentity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const token = jwt.sign(
    {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: authIdentity.id,
      app_metadata: { user_id: user.id },
    },
    JWT_SECRET,
    { expiresIn: "1d" }
  )
  return { user, headers: { authorization: `Bearer ${token}` } }
}

/**
 * Creates a publishable key on a sales channel, and a customer with a
 * password-less identity, and returns store headers logged in as them.
 */
export async function createStoreCustomer(
  container: MedusaContainer,
  publishableKey: string,
  email = "shopper@example.com"
): Promise<AuthHeaders & { customer: { id: string } }> {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const authModule = container.resolve(Modules.AUTH)
  const customer = await customerModule.createCustomers({
    email,
    first_name: "Sam",
    last_name: "Shopper",
    has_account: true,
  })
  const authIdentity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customer.id },
  })
  const token = jwt.sign(
    {
      actor_id: customer.id,
      actor_type: "customer",
      auth_identity_id: authIdentity.id,
      app_metadata: { customer_id: customer.id },
    },
    JWT_SECRET,
    { expiresIn: "1d" }
  )
  return {
    customer,
    headers: {
      authorization: `Bearer ${token}`,
      "x-publishable-api-key": publishableKey,
    },
  }
}

/** A publishable API key for a new sales channel. */
export async function createPublishableKey(container: MedusaContainer): Promise<string> {
  return (await createStorefrontChannel(container)).token
}

/** A new sales channel and a publishable API key that sells through it. */
export async function createStorefrontChannel(
  container: MedusaContainer,
  name = "Webshop"
): Promise<{ token: string; sales_channel_id: string }> {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const channel = await salesChannelModule.createSalesChannels({ name })
  const key = await apiKeyModule.createApiKeys({
    title: "Storefront",
    type: "publishable",
    created_by: "test",
  })
  await link.create({
    [Modules.API_KEY]: { publishable_key_id: key.id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id },
  })
  return { token: key.token, sales_channel_id: channel.id }
}
