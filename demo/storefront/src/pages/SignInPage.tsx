import { FormEvent, useState } from "react"
import { Navigate, useLocation, useNavigate } from "react-router-dom"
import { Notice, Spinner } from "../components/Notice"
import { errorMessage } from "../lib/medusa"
import { useSession } from "../lib/session"

export function SignInPage() {
  const { customer, signIn, signUp } = useSession()
  const navigate = useNavigate()
  const location = useLocation()
  const next = (location.state as { from?: string } | null)?.from ?? "/account"

  const [signInError, setSignInError] = useState<string | null>(null)
  const [signUpError, setSignUpError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (customer) return <Navigate to={next} replace />
  if (customer === undefined) {
    return (
      <div className="page">
        <Spinner />
      </div>
    )
  }

  const submitSignIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setSignInError(null)
    try {
      await signIn(String(form.get("email")), String(form.get("password")))
      navigate(next, { replace: true })
    } catch (error) {
      setSignInError(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  const submitSignUp = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setSignUpError(null)
    try {
      await signUp({
        first_name: String(form.get("first_name")),
        last_name: String(form.get("last_name")),
        email: String(form.get("email")),
        password: String(form.get("password")),
      })
      navigate(next, { replace: true })
    } catch (error) {
      setSignUpError(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="page sign-in">
      <section className="panel sign-in__panel">
        <h1 className="panel__title">Sign in</h1>
        <p className="muted">Welcome back. Your points, rewards and offers are waiting.</p>
        <form onSubmit={submitSignIn} className="stack" data-testid="sign-in-form">
          <div className="field">
            <label htmlFor="sign-in-email">Email</label>
            <input id="sign-in-email" name="email" type="email" required autoComplete="email" />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">Password</label>
            <input
              id="sign-in-password"
              name="password"
              type="password"
              required
              autoComplete="current-password"
            />
          </div>
          {signInError && <Notice tone="error">{signInError}</Notice>}
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={busy}
            data-testid="sign-in-submit"
          >
            Sign in
          </button>
        </form>
      </section>

      <section className="panel sign-in__panel sign-in__panel--join">
        <h2 className="panel__title">Become a member</h2>
        <ul className="perks">
          <li>Points on every order, from the first krona</li>
          <li>Rewards to spend them on: money off your next visit</li>
          <li>Higher tiers bring members' prices and presales</li>
        </ul>
        <form onSubmit={submitSignUp} className="stack" data-testid="sign-up-form">
          <div className="field-row">
            <div className="field">
              <label htmlFor="sign-up-first">First name</label>
              <input id="sign-up-first" name="first_name" required autoComplete="given-name" />
            </div>
            <div className="field">
              <label htmlFor="sign-up-last">Last name</label>
              <input id="sign-up-last" name="last_name" required autoComplete="family-name" />
            </div>
          </div>
          <div className="field">
            <label htmlFor="sign-up-email">Email</label>
            <input id="sign-up-email" name="email" type="email" required autoComplete="email" />
          </div>
          <div className="field">
            <label htmlFor="sign-up-password">Password</label>
            <input
              id="sign-up-password"
              name="password"
              type="password"
              required
              minLength={8}
              autoComplete="new-password"
            />
          </div>
          {signUpError && <Notice tone="error">{signUpError}</Notice>}
          <button type="submit" className="button button--secondary button--block" disabled={busy}>
            Create account
          </button>
        </form>
      </section>
    </div>
  )
}
