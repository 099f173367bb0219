export * from "./earn-rules"
export * from "./rewards"
export * from "./tiers"
export * from "./update-loyalty-settings"
