// @ts-check
/**
 * `npm run demo -- --cluster`: the demo in Medusa's production set-up. Two
 * server instances and one worker (`medusa start` with MEDUSA_WORKER_MODE
 * server / worker) share the demo database and the Redis at REDIS_URL
 * (default redis://127.0.0.1:6379) through the Redis event bus, workflow
 * engine and locking provider:
 *
 *   http://localhost:<port>      server, with the admin (Vite, development mode)
 *   http://localhost:<port + 1>  server, store and admin API only
 *   http://localhost:<port + 2>  worker: subscribers and scheduled jobs, GET /health only
 *
 * The queues live under a Redis namespace named after the database and its
 * oid, so events queued while the demo was stopped are handled at the next
 * start, and a database made anew (`--reset`) starts with empty queues.
 */
"use strict"

const { Client } = require("pg")
const {
  instanceEnv,
  startInstance,
  waitHealthy,
  stopInstance,
  portIsFree,
} = require("./cluster/instances")
const { assertRedis, deleteNamespace } = require("./cluster/redis")

const NAMESPACE_PREFIX = "medusa-demo"

function redisUrl() {
  return process.env.REDIS_URL || "redis://127.0.0.1:6379"
}

/**
 * `medusa-demo:<database>:<oid>`: one per database, new when it is made again.
 * @param {string | undefined} databaseUrl
 */
async function namespaceOf(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT datname, oid FROM pg_database WHERE datname = current_database()"
    )
    return `${NAMESPACE_PREFIX}:${rows[0].datname}:${rows[0].oid}`
  } finally {
    await client.end()
  }
}

/**
 * The environment `db:migrate` needs before a cluster start: the Redis
 * workflow engine brings migrations of its own.
 * @param {NodeJS.ProcessEnv} env
 */
async function clusterMigrationEnv(env) {
  await assertRedis(redisUrl())
  return instanceEnv(env, {
    mode: "shared",
    port: env.PORT,
    redisUrl: redisUrl(),
    namespace: await namespaceOf(env.DATABASE_URL),
    admin: false,
  })
}

/**
 * A comma-separated origin list with `http://localhost:<port>` added for each port.
 * @param {string | undefined} list
 * @param {number[]} ports
 */
function withOrigins(list, ports) {
  const origins = (list || "").split(",").filter(Boolean)
  for (const port of ports) {
    const origin = `http://localhost:${port}`
    if (!origins.includes(origin)) origins.push(origin)
  }
  return origins.join(",")
}

/**
 * Keys of earlier databases of the same name (before a --reset).
 * @param {string} namespace
 */
async function forgetEarlierNamespaces(namespace) {
  const database = namespace.split(":").slice(0, -1).join(":")
  const { Redis } = require("ioredis")
  const redis = new Redis(redisUrl())
  /** @type {Set<string>} */
  const stale = new Set()
  try {
    let cursor = "0"
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${database}:*`, "COUNT", 500)
      cursor = next
      for (const key of keys) {
        const owner = key.split(":").slice(0, 3).join(":")
        if (owner !== namespace) stale.add(owner)
      }
    } while (cursor !== "0")
  } finally {
    redis.disconnect()
  }
  for (const owner of stale) await deleteNamespace(redisUrl(), owner)
}

/**
 * Starts the two servers and the worker with the demo's environment `env`
 * (database, secrets, CORS) and waits until all three are healthy. Resolves
 * to `{ exited, stop }`: `exited` resolves when any of them exits. `onLaunch`
 * gets the handle as soon as the processes are started, so that a Ctrl-C
 * during the start can stop them.
 * @param {object} options
 * @param {NodeJS.ProcessEnv} options.env
 * @param {number} options.port the first server's; the others take the next two
 * @param {(message: string) => void} options.log
 * @param {(cluster: Cluster) => void} [options.onLaunch]
 * @returns {Promise<Cluster>}
 */
async function startCluster({ env, port, log, onLaunch }) {
  const ports = { "server-a": port, "server-b": port + 1, worker: port + 2 }
  for (const taken of [ports["server-b"], ports.worker]) {
    if (!(await portIsFree(taken))) {
      throw new Error(
        `Port ${taken} is in use; --cluster needs ${port}, ${port + 1} and ${port + 2}.`
      )
    }
  }
  await assertRedis(redisUrl())
  const namespace = await namespaceOf(env.DATABASE_URL)
  await forgetEarlierNamespaces(namespace)
  log(`Redis: ${redisUrl()}, namespace ${namespace}`)

  const common = {
    ...env,
    // `medusa develop` runs the server in development mode; so do these, so
    // that the first server serves the admin through Vite, with no build.
    NODE_ENV: "development",
    // The admin and auth routes answer the second server's origin too.
    ADMIN_CORS: withOrigins(env.ADMIN_CORS, [ports["server-b"]]),
    AUTH_CORS: withOrigins(env.AUTH_CORS, [ports["server-b"]]),
  }
  const instances = /** @type {const} */ ([
    ["server-a", "server", true],
    ["server-b", "server", false],
    ["worker", "worker", false],
  ]).map(([name, mode, admin]) =>
    startInstance({
      name,
      env: instanceEnv(common, { mode, port: ports[name], redisUrl: redisUrl(), namespace, admin }),
    })
  )
  const stop = () => Promise.all(instances.map((instance) => stopInstance(instance)))
  const exited = Promise.race(
    instances.map((instance) =>
      instance.exited.then((result) => ({ name: instance.name, ...result }))
    )
  )
  onLaunch?.({ exited, stop })
  try {
    await Promise.all(instances.map((instance) => waitHealthy(instance, 180_000)))
  } catch (error) {
    await stop()
    throw error
  }

  log(`Server:  http://localhost:${ports["server-a"]} (admin at /app)`)
  log(`Server:  http://localhost:${ports["server-b"]} (store and admin API; no admin UI)`)
  log(`Worker:  http://localhost:${ports.worker}/health (subscribers and scheduled jobs run here)`)
  return { exited, stop }
}

/**
 * The running set-up: `exited` resolves when any instance exits (with its
 * name), `stop` stops them all.
 * @typedef {{ exited: Promise<{ name: string, code: number | null, signal: NodeJS.Signals | null }>, stop: () => Promise<void[]> }} Cluster
 */

module.exports = { clusterMigrationEnv, startCluster }
