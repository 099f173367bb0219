/** What a loyalty message may use, with an example for previews and checks. */
export const LOYALTY_MESSAGE_VARIABLES = {
  first_name: { description: "The member's first name", example: "Selma" },
  last_name: { description: "The member's last name", example: "Falk" },
  member_number: { description: "The membership number", example: "1000000042" },
  points: { description: "The points credited or adjusted (negative when deducted)", example: 120 },
  description: {
    description: "Why the points changed (the order, booking or staff note)",
    example: "Order #1042",
  },
  balance_available: { description: "Points available now", example: 480 },
  balance_pending: { description: "Points not yet available", example: 120 },
  tier: { description: "The member's tier, empty without one", example: "Gold" },
} as const

export type LoyaltyMessageVariableName = keyof typeof LOYALTY_MESSAGE_VARIABLES

export type LoyaltyMessageVariables = {
  first_name: string
  last_name: string
  member_number: string
  points: number
  description: string
  balance_available: number
  balance_pending: number
  tier: string
}

export const LOYALTY_MESSAGE_VARIABLE_NAMES = Object.keys(
  LOYALTY_MESSAGE_VARIABLES
) as LoyaltyMessageVariableName[]

/** The example values, used to check a template before it is saved. */
export const exampleMessageVariables = (): LoyaltyMessageVariables =>
  Object.fromEntries(
    LOYALTY_MESSAGE_VARIABLE_NAMES.map((name) => [name, LOYALTY_MESSAGE_VARIABLES[name].example])
  ) as LoyaltyMessageVariables

/** Longest subject and body a merchant may write. */
export const MAX_MESSAGE_SUBJECT_LENGTH = 200
export const MAX_MESSAGE_BODY_LENGTH = 10_000
