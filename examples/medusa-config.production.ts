import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "production", process.cwd())

/**
 * A Medusa app with medusa-plugin-customer-loyalty in Medusa's production
 * set-up: several server instances behind a load balancer and one worker,
 * sharing one PostgreSQL and one Redis. Every instance runs the same build
 * with this file; the environment says what each one is:
 *
 *   servers: MEDUSA_WORKER_MODE=server   API routes and the admin
 *   worker:  MEDUSA_WORKER_MODE=worker   subscribers and scheduled jobs, no
 *                                        routes, no admin (GET /health only)
 *
 * The servers put events on a Redis queue; the worker takes them off and runs
 * the subscribers (points for an order, purchase-rule flags, benefit usage,
 * sales figures). A scheduled job is a repeatable job in Redis that one worker
 * runs per tick. Events emitted while the worker is down wait in Redis until
 * it is back; an event whose processing was cut short (the worker killed)
 * is run again, and the plugin's unique key per source event makes the second
 * run change nothing.
 */
const workerMode = (process.env.MEDUSA_WORKER_MODE ?? "shared") as "shared" | "server" | "worker"
const redisUrl = process.env.REDIS_URL

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET!,
      cookieSecret: process.env.COOKIE_SECRET!,
    },
  },
  admin: {
    // The worker serves no routes; the servers serve the admin (built by
    // `medusa build`), unless it is hosted elsewhere.
    disable: workerMode === "worker" || process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  plugins: [
    {
      resolve: "medusa-plugin-customer-loyalty",
      options: {},
    },
  ],
  modules: [
    // Events go through a BullMQ queue in Redis (package @medusajs/event-bus-redis).
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: {
        redisUrl,
        // Medusa's default is one attempt: a subscriber that fails (a lost
        // database connection, a deadlock) would not be tried again. A retry
        // runs only the subscribers that failed.
        jobOptions: {
          attempts: 3,
          backoff: { type: "exponential", delay: 2000 },
          removeOnComplete: true,
          removeOnFail: { age: 7 * 24 * 3600 },
        },
        // BullMQ takes one event at a time by default.
        workerOptions: { concurrency: 5 },
      },
    },
    // Workflow executions, retries, async steps and scheduled jobs in Redis
    // (package @medusajs/workflow-engine-redis).
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    // Locks shared by every instance, e.g. the one Medusa takes on a cart
    // while it is completed (package @medusajs/locking-redis).
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ],
})
