export * from "./close-forgotten-accounts"
export * from "./forget-customer-insights"
export * from "./forget-loyalty-rows"
export * from "./plan-customer-forgetting"
