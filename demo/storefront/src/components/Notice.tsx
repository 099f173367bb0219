import { ReactNode } from "react"
import { errorMessage } from "../lib/medusa"

/** An inline message: an error from the server as it is, a success, or a hint. */
export function Notice({
  tone = "info",
  children,
  testId,
}: {
  tone?: "info" | "error" | "success"
  children: ReactNode
  testId?: string
}) {
  return (
    <div
      className={`notice notice--${tone}`}
      role={tone === "error" ? "alert" : "status"}
      data-testid={testId}
    >
      {children}
    </div>
  )
}

/** A load that failed, with the server's reason and a way to try again. */
export function LoadError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Notice tone="error">
      {errorMessage(error)}{" "}
      <button type="button" className="link-button" onClick={retry}>
        Try again
      </button>
    </Notice>
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
