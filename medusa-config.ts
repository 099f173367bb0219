import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import path from "path"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const recordNotifications = process.env.LOYALTY_RECORD_NOTIFICATIONS === "true"
// The official gift card / store credit plugin, which rewards can pay out in;
// tests of the plugin's absence turn it off.
const withGiftCards = process.env.LOYALTY_WITHOUT_GIFT_CARDS !== "true"

// Several instances and a worker (docs/production.md): with REDIS_URL and MEDUSA_WORKER_MODE both set, events,
// workflows and locks go through Redis and the instance runs in that mode.
// Otherwise Medusa's in-process defaults, as the tests and the demo use.
// REDIS_NAMESPACE keeps one set-up's queues and locks apart from another's
// in the same Redis.
const workerMode = process.env.MEDUSA_WORKER_MODE as "shared" | "server" | "worker" | undefined
const redisUrl = process.env.REDIS_URL
const inCluster = !!redisUrl && !!workerMode
const redisNamespace = process.env.REDIS_NAMESPACE
const bullPrefix = redisNamespace ? { prefix: redisNamespace } : {}
const redisModules = [
  {
    resolve: "@medusajs/medusa/event-bus-redis",
    options: {
      redisUrl,
      queueOptions: bullPrefix,
      workerOptions: { ...bullPrefix, concurrency: 5 },
      jobOptions: {
        attempts: 3,
        backoff: { type: "exponential", delay: 2000 },
        removeOnComplete: true,
      },
    },
  },
  {
    resolve: "@medusajs/medusa/workflow-engine-redis",
    options: {
      redis: { redisUrl, queueOptions: bullPrefix, workerOptions: bullPrefix },
    },
  },
  {
    resolve: "@medusajs/medusa/locking",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/locking-redis",
          id: "locking-redis",
          is_default: true,
          options: {
            redisUrl,
            ...(redisNamespace ? { namespace: `${redisNamespace}:lock:` } : {}),
          },
        },
      ],
    },
  },
]

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
    ...(inCluster ? { workerMode } : {}),
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors:
        process.env.AUTH_CORS ||
        "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true" || (inCluster && workerMode === "worker"),
  },
  plugins: withGiftCards ? [{ resolve: "@medusajs/loyalty-plugin", options: {} }] : [],
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
    ...(inCluster ? redisModules : []),
    // The demo and the notification tests record what would be sent instead
    // of sending it.
    ...(recordNotifications
      ? [
          {
            resolve: "@medusajs/medusa/notification",
            options: {
              providers: [
                {
                  resolve: path.join(__dirname, "demo/recording-notification-provider"),
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
