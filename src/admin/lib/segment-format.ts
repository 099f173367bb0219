const count = (value: number) => new Intl.NumberFormat().format(value)

/** "1 member", "1,204 members" (in the browser's locale). */
export const membersInWords = (memberCount: number) =>
  `${count(memberCount)} ${memberCount === 1 ? "member" : "members"}`

/**
 * What a refresh changed, for its toast: "3 customers entered and 1 left;
 * 42 members now." or "No one entered or left; 42 members."
 */
export const refreshOutcomeInWords = ({
  entered,
  left,
  member_count,
}: {
  entered: number
  left: number
  member_count: number
}) => {
  if (!entered && !left) {
    return `No one entered or left; ${membersInWords(member_count)}.`
  }
  const who = (n: number) => `${count(n)} ${n === 1 ? "customer" : "customers"}`
  const parts = [
    entered ? `${who(entered)} entered` : null,
    left ? `${entered ? count(left) : who(left)} left` : null,
  ].filter(Boolean)
  return `${parts.join(" and ")}; ${membersInWords(member_count)} now.`
}
