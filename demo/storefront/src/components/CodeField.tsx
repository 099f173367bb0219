type Props = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  placeholder: string
  button: string
  busy: boolean
  testId?: string
}

/** A labelled code input with its submit button: discount codes and gift cards. */
export function CodeField({
  id,
  label,
  value,
  onChange,
  placeholder,
  button,
  busy,
  testId,
}: Props) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="code-form__row">
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={placeholder}
          autoComplete="off"
        />
        <button
          type="submit"
          className="button button--secondary"
          disabled={busy || !value.trim()}
          data-testid={testId}
        >
          {button}
        </button>
      </div>
    </>
  )
}
