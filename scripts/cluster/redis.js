// @ts-check
/**
 * The Redis side of a production-like set-up: what is waiting on the event
 * queue, and removing one set-up's keys (its namespace) when it is done.
 * `ioredis` and `bullmq` come with Medusa's Redis modules.
 */
"use strict"

// The client class, by the name ioredis's types know it by (the same object as the module itself).
const { Redis } = require("ioredis")
const { Queue } = require("bullmq")

// The Redis event bus's queue name (@medusajs/event-bus-redis's default).
const EVENT_QUEUE = "events-queue"

/**
 * Runs `run` with a Redis client connected to `redisUrl`, then disconnects it.
 * @template T
 * @param {string} redisUrl
 * @param {(redis: import("ioredis").Redis) => Promise<T>} run
 * @returns {Promise<T>}
 */
async function withRedis(redisUrl, run) {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: true })
  await redis.connect()
  try {
    return await run(redis)
  } finally {
    redis.disconnect()
  }
}

/**
 * Throws a readable error when no Redis answers at `redisUrl`.
 * @param {string} redisUrl
 */
async function assertRedis(redisUrl) {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 3000,
  })
  redis.on("error", () => {})
  try {
    await redis.connect()
    await redis.ping()
  } catch (error) {
    throw new Error(
      `No Redis answers at ${redisUrl} (${/** @type {Error} */ (error).message}). Start one or set REDIS_URL.`
    )
  } finally {
    redis.disconnect()
  }
}

/**
 * The event queue, for a caller that looks at it often (e.g. which events a
 * worker is handling right now: `(await queue.getActive()).map((j) => j?.name)`).
 * Close it with `close()`.
 * @param {string} redisUrl
 * @param {string} namespace
 */
async function openEventQueue(redisUrl, namespace) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: true })
  await connection.connect()
  const queue = new Queue(EVENT_QUEUE, { prefix: namespace, connection })
  return {
    queue,
    close: async () => {
      await queue.close()
      connection.disconnect()
    },
  }
}

/**
 * Jobs on the event queue by state: wait, prioritized, active, delayed, failed, completed.
 * @param {string} redisUrl
 * @param {string} namespace
 */
async function eventQueueCounts(redisUrl, namespace) {
  return withRedis(redisUrl, async (connection) => {
    const queue = new Queue(EVENT_QUEUE, { prefix: namespace, connection })
    try {
      return await queue.getJobCounts(
        "wait",
        "prioritized",
        "active",
        "delayed",
        "failed",
        "completed"
      )
    } finally {
      await queue.close()
    }
  })
}

/**
 * Removes every key of the namespace (queues, scheduled jobs, locks).
 * @param {string} redisUrl
 * @param {string} namespace
 */
async function deleteNamespace(redisUrl, namespace) {
  if (!namespace) throw new Error("No namespace to delete")
  return withRedis(redisUrl, async (redis) => {
    let cursor = "0"
    let deleted = 0
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${namespace}:*`, "COUNT", 500)
      cursor = next
      if (keys.length) deleted += await redis.unlink(...keys)
    } while (cursor !== "0")
    return deleted
  })
}

module.exports = { assertRedis, openEventQueue, eventQueueCounts, deleteNamespace }
