import {
  AbstractNotificationProviderService,
  ModuleProvider,
  Modules,
} from "@medusajs/framework/utils"
import type {
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"

/** What the provider was asked to send, for tests to read. */
export function recordedNotifications(): ProviderSendNotificationDTO[] {
  const global = globalThis as { __recordedNotifications?: ProviderSendNotificationDTO[] }
  global.__recordedNotifications ??= []
  return global.__recordedNotifications
}

/** A notification provider for tests: it records instead of sending. */
class RecordingNotificationProvider extends AbstractNotificationProviderService {
  static identifier = "recording"

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    recordedNotifications().push(notification)
    return { id: `recorded_${recordedNotifications().length}` }
  }
}

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [RecordingNotificationProvider],
})
