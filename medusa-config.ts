import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import path from "path"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const recordNotifications = process.env.LOYALTY_RECORD_NOTIFICATIONS === "true"
// The official gift card / store credit plugin, which rewards can pay out in;
// tests of the plugin's absence turn it off.
const withGiftCards = process.env.LOYALTY_WITHOUT_GIFT_CARDS !== "true"

/**
 * The host app used by the demo and the HTTP tests. Medusa loads `./src` as
 * the app's own code (routes, subscribers, jobs, links, admin), so only the
 * module is registered here. A store developer's app registers the published
 * package under `plugins` instead (see README).
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors:
        process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors:
        process.env.AUTH_CORS ||
        "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
  },
  plugins: withGiftCards
    ? [{ resolve: "@medusajs/loyalty-plugin", options: {} }]
    : [],
  modules: [
    {
      resolve: "./src/modules/customer-loyalty",
      options: {
        ...(recordNotifications
          ? {
              notifications: {
                points_credited_template: "loyalty-points-credited",
                points_adjusted_template: "loyalty-points-adjusted",
              },
            }
          : {}),
        // The secret booking systems sign POST /hooks/customer-loyalty/bookings with.
        bookings: { webhook_secret: process.env.LOYALTY_BOOKINGS_WEBHOOK_SECRET },
      },
    },
    { resolve: "./src/modules/customer-insights" },
    // The notification tests record what would be sent instead of sending it.
    ...(recordNotifications
      ? [
          {
            resolve: "@medusajs/medusa/notification",
            options: {
              providers: [
                {
                  resolve: path.join(
                    __dirname,
                    "integration-tests/helpers/recording-notification-provider"
                  ),
                  id: "recording",
                  options: { channels: ["email"] },
                },
              ],
            },
          },
        ]
      : []),
  ],
})
