import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"

/** Runs `action` and waits until the subscribers of `event`, the notification's among them, are done. */
export async function andWaitForNotification(
  container: MedusaContainer,
  event: string,
  action: () => Promise<unknown>
) {
  const done = TestEventUtils.waitSubscribersExecution(event, container.resolve(Modules.EVENT_BUS))
  await action()
  await done
}
