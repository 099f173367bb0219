// The provider lives with the demo, which installs it too (medusa-config.ts).
export { recordedNotifications } from "../../../demo/recording-notification-provider"
