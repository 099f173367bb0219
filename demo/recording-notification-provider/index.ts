import {
  AbstractNotificationProviderService,
  ModuleProvider,
  Modules,
} from "@medusajs/framework/utils"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"

/** What the provider was asked to send, for tests to read. */
export function recordedNotifications(): ProviderSendNotificationDTO[] {
  const global = globalThis as { __recordedNotifications?: ProviderSendNotificationDTO[] }
  global.__recordedNotifications ??= []
  return global.__recordedNotifications
}

/**
 * A notification provider for the demo and the tests: it records instead of
 * sending (Medusa's notification module keeps each one, which the admin's
 * customer page reads), and logs a line so the demo's console shows it.
 */
class RecordingNotificationProvider extends AbstractNotificationProviderService {
  static identifier = "recording"
  protected logger_: Logger | undefined

  constructor({ logger }: { logger?: Logger }) {
    super()
    this.logger_ = logger
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    recordedNotifications().push(notification)
    const what = notification.content?.subject ?? `template ${notification.template}`
    this.logger_?.info(`Recorded ${notification.channel} to ${notification.to}: ${what}`)
    return { id: `recorded_${recordedNotifications().length}` }
  }
}

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [RecordingNotificationProvider],
})
