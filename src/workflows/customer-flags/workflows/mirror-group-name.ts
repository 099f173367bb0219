/** The name of the customer group that mirrors a flag. */
export const mirrorGroupName = (flagName: string) => `Flag: ${flagName}`
