import { Browser, chromium } from "playwright-core"

/** Debian's Chromium, headless, never one a tool downloads (CHROMIUM_PATH to use another). */
export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  })

/**
 * A page with CSS animations and transitions switched off. Without a GPU,
 * Chromium paints every frame of a spinner, a skeleton's pulse or a
 * drawer's slide in software; over a test run that is a large part of its
 * CPU. The tests wait for elements and states, never for motion, and the
 * screenshots show settled pages.
 */
export async function openStillPage(browser: Browser, viewport: { width: number; height: number }) {
  const page = await browser.newPage({ viewport, reducedMotion: "reduce" })
  await page.addInitScript(() => {
    const still = () => {
      const style = document.createElement("style")
      style.textContent =
        "*, *::before, *::after { animation: none !important; transition: none !important; }"
      document.head.append(style)
    }
    if (document.head) still()
    else document.addEventListener("DOMContentLoaded", still, { once: true })
  })
  return page
}
