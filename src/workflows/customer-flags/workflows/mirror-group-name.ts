/** The name of the customer group that mirrors a flag. */
export const mirrorGroupName = (flagName: string) => `Flag: ${flagName}`

/** The name of the customer group that mirrors a loyalty tier. */
export const tierGroupName = (tierName: string) => `Tier: ${tierName}`
