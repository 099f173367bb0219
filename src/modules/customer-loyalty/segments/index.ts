export * from "./refresh-membership"
export * from "./member-page"
