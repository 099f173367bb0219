// @ts-check
"use strict"
/**
 * HTTP measurements for the ledger benchmark: N requests at concurrency C
 * with latency percentiles, and a streamed download with the server's
 * memory sampled alongside. Plain Node `fetch` (undici, keep-alive) and
 * p-limit; the client runs on the same machine as the server.
 */
const fs = require("node:fs")
const pLimit = require("p-limit")

/**
 * Nearest-rank percentile of sorted numbers.
 * @param {number[]} sorted
 * @param {number} p
 * @returns {number}
 */
function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * `value` to `digits` decimals; NaN, Infinity and null as they are.
 * @overload
 * @param {number} value
 * @param {number} [digits]
 * @returns {number}
 */
/**
 * @overload
 * @param {number | null | undefined} value
 * @param {number} [digits]
 * @returns {number | null | undefined}
 */
/**
 * @param {number | null | undefined} value
 * @param {number} [digits]
 */
function round(value, digits = 1) {
  return typeof value === "number" && Number.isFinite(value) ? Number(value.toFixed(digits)) : value
}

/** @param {number[]} latencies */
function latencySummary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    p99_ms: round(percentile(sorted, 99)),
    max_ms: round(sorted[sorted.length - 1]),
  }
}

/**
 * Sends `count` GET requests at `concurrency`, the path of each from
 * `pathFor(i)`; reads every body in full. A non-2xx answer counts as an
 * error (its latency is not in the percentiles). After `timeLimitS`
 * seconds no new request starts: a slow route gets a smaller sample
 * (`sent` says how many) instead of holding the run up for an hour.
 * @param {object} options
 * @param {string} options.baseUrl
 * @param {Record<string, string>} [options.headers]
 * @param {number} options.count
 * @param {number} options.concurrency
 * @param {(i: number) => string} options.pathFor
 * @param {number} [options.warmup]
 * @param {number} [options.timeLimitS]
 * @param {number} [options.serverPid] sampled for its peak RSS
 */
async function loadTest({
  baseUrl,
  headers,
  count,
  concurrency,
  pathFor,
  warmup = 0,
  timeLimitS = Infinity,
  serverPid,
}) {
  const limit = pLimit(concurrency)
  /** @type {number[]} */
  const latencies = []
  /** @type {Map<string, number>} */
  const errors = new Map()
  let bytes = 0
  /** @type {(path: string, record: boolean) => Promise<void>} */
  const one = async (path, record) => {
    const started = performance.now()
    try {
      const response = await fetch(baseUrl + path, { headers })
      const body = await response.arrayBuffer()
      if (!response.ok) {
        const key = `${response.status} ${Buffer.from(body).toString("utf8").slice(0, 200)}`
        if (record) errors.set(key, (errors.get(key) ?? 0) + 1)
        return
      }
      if (record) {
        latencies.push(performance.now() - started)
        bytes += body.byteLength
      }
    } catch (error) {
      if (record) {
        const { message } = /** @type {Error} */ (error)
        errors.set(message, (errors.get(message) ?? 0) + 1)
      }
    }
  }
  await Promise.all(Array.from({ length: warmup }, (_, i) => limit(() => one(pathFor(i), false))))
  const started = performance.now()
  let peakRss = 0
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, (serverPid && memoryOf(serverPid)?.rss_mb) || 0)
  }, 100)
  let sent = 0
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      limit(async () => {
        if (performance.now() - started > timeLimitS * 1000) return
        sent++
        await one(pathFor(i), true)
      })
    )
  )
  const seconds = (performance.now() - started) / 1000
  clearInterval(timer)
  return {
    requests: count,
    sent,
    stopped_by_time_limit: sent < count,
    concurrency,
    ok: latencies.length,
    errors: [...errors].map(([error, times]) => ({ error, times })),
    seconds: round(seconds, 2),
    requests_per_second: round(latencies.length / seconds),
    avg_body_bytes: latencies.length ? Math.round(bytes / latencies.length) : 0,
    ...latencySummary(latencies),
    ...(serverPid ? { server_rss_peak_mb: round(peakRss) } : {}),
  }
}

/**
 * VmRSS and VmHWM of a process, in MB (null when it is gone).
 * @param {number | undefined} pid
 * @returns {{ rss_mb: number, hwm_mb: number } | null}
 */
function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
    /** @param {string} field */
    const kb = (field) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN)
    return { rss_mb: kb("VmRSS") / 1024, hwm_mb: kb("VmHWM") / 1024 }
  } catch {
    return null
  }
}

/**
 * Downloads `path` as a stream, counting bytes and lines (never holding the
 * body), while sampling the server's RSS every `sampleMs`. Returns time to
 * first byte, total time, size, rows (lines less the header) and the
 * server's RSS before, at peak and after, and the client's own peak RSS.
 * `onRows(rows, seconds)`, if given, hears of every `rowsStep` rows.
 * @param {object} options
 * @param {string} options.baseUrl
 * @param {Record<string, string>} [options.headers]
 * @param {string} options.path
 * @param {number | undefined} options.serverPid
 * @param {number} [options.sampleMs]
 * @param {(rows: number, seconds: number) => void} [options.onRows]
 * @param {number} [options.rowsStep]
 */
async function streamDownload({
  baseUrl,
  headers,
  path,
  serverPid,
  sampleMs = 100,
  onRows,
  rowsStep = 1_000_000,
}) {
  const before = memoryOf(serverPid)
  let peakRss = before?.rss_mb ?? NaN
  /** @type {number[]} */
  const samples = []
  const timer = setInterval(() => {
    const now = memoryOf(serverPid)
    if (now) {
      samples.push(now.rss_mb)
      peakRss = Math.max(peakRss, now.rss_mb)
    }
  }, sampleMs)
  // The highest RSS in each tenth of the download: flat when the export
  // streams, climbing when it holds rows.
  const byTenth = () =>
    Array.from({ length: 10 }, (_, i) => {
      const part = samples.slice(
        Math.floor((i * samples.length) / 10),
        Math.max(
          Math.floor(((i + 1) * samples.length) / 10),
          Math.floor((i * samples.length) / 10) + 1
        )
      )
      return part.length ? Math.round(Math.max(...part)) : null
    })
  let clientPeak = process.memoryUsage().rss
  const started = performance.now()
  /** @type {number | null} */
  let firstByteMs = null
  let bytes = 0
  let newlines = 0
  /** @type {number | null} */
  let status = null
  /** @type {string | null} */
  let contentType = null
  /** @type {string | null} */
  let error = null
  try {
    const response = await fetch(baseUrl + path, { headers })
    status = response.status
    contentType = response.headers.get("content-type")
    if (!response.ok) {
      error = `${response.status} ${(await response.text()).slice(0, 200)}`
    } else {
      // An answer with a status has a body (an empty one at least).
      for await (const chunk of /** @type {ReadableStream<Uint8Array>} */ (response.body)) {
        if (firstByteMs === null) firstByteMs = performance.now() - started
        bytes += chunk.byteLength
        const before = newlines
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++
        clientPeak = Math.max(clientPeak, process.memoryUsage().rss)
        if (onRows && Math.floor(newlines / rowsStep) > Math.floor(before / rowsStep)) {
          onRows(newlines - 1, (performance.now() - started) / 1000)
        }
      }
    }
  } catch (caught) {
    error = /** @type {Error} */ (caught).message
  } finally {
    clearInterval(timer)
  }
  const seconds = (performance.now() - started) / 1000
  const after = memoryOf(serverPid)
  return {
    status,
    content_type: contentType,
    error,
    seconds: round(seconds, 2),
    first_byte_ms: round(firstByteMs),
    bytes,
    mb: round(bytes / 1024 / 1024, 1),
    // Lines less the header: rows, if no field holds a line break.
    rows: Math.max(0, newlines - 1),
    rows_per_second: round(Math.max(0, newlines - 1) / seconds, 0),
    server_rss_before_mb: round(before?.rss_mb),
    server_rss_peak_mb: round(peakRss),
    server_rss_growth_mb: round(peakRss - (before?.rss_mb ?? NaN)),
    server_rss_after_mb: round(after?.rss_mb),
    server_vmhwm_after_mb: round(after?.hwm_mb),
    rss_samples: samples.length,
    server_rss_by_tenth_mb: byTenth(),
    client_rss_peak_mb: round(clientPeak / 1024 / 1024),
  }
}

module.exports = { loadTest, streamDownload, memoryOf, latencySummary, round }
