import { ReactNode } from "react"

/** An inline message: an error from the server as it is, a success, or a hint. */
export function Notice({ tone = "info", children, testId }: { tone?: "info" | "error" | "success"; children: ReactNode; testId?: string }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === "error" ? "alert" : "status"} data-testid={testId}>
      {children}
    </div>
  )
}

export function Spinner({ label = "Loading" }: { label?: string }) {
  return (
    <div className="spinner" role="status">
      <span className="spinner__dot" />
      <span className="visually-hidden">{label}</span>
    </div>
  )
}
