import { Input, clx } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { HEX_COLOR } from "../lib/flag-format"

export const COLOR_SWATCHES = [
  "#EF4444",
  "#F97316",
  "#F59E0B",
  "#EAB308",
  "#22C55E",
  "#10B981",
  "#06B6D4",
  "#3B82F6",
  "#6366F1",
  "#7C3AED",
  "#EC4899",
  "#6B7280",
  "#111827",
]

type ColorPickerProps = {
  value: string
  onChange: (color: string) => void
  id?: string
}

/** Preset swatches plus a hex field for any other colour. */
export const ColorPicker = ({ value, onChange, id }: ColorPickerProps) => {
  // The field keeps what is typed; the colour only changes once it is valid.
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])

  const setFromText = (next: string) => {
    const withHash = next.startsWith("#") ? next : `#${next}`
    setText(withHash)
    if (HEX_COLOR.test(withHash)) {
      onChange(withHash.toUpperCase())
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div
        className="flex flex-wrap items-center gap-2"
        role="radiogroup"
        aria-label="Colour swatches"
      >
        {COLOR_SWATCHES.map((swatch) => {
          const selected = swatch.toUpperCase() === value.toUpperCase()
          return (
            <button
              key={swatch}
              type="button"
              role="radio"
              aria-checked={selected}
              aria-label={swatch}
              title={swatch}
              onClick={() => onChange(swatch)}
              className={clx(
                "size-6 rounded-full outline-none transition-shadow",
                "shadow-borders-base focus-visible:shadow-borders-focus",
                selected && "ring-ui-border-interactive ring-2 ring-offset-2"
              )}
              style={{ backgroundColor: swatch }}
            />
          )
        })}
      </div>
      <div className="flex items-center gap-x-2">
        <label
          className="shadow-borders-base relative size-8 shrink-0 cursor-pointer overflow-hidden rounded-md"
          style={{ backgroundColor: HEX_COLOR.test(value) ? value : "transparent" }}
          title="Pick any colour"
        >
          <input
            type="color"
            aria-label="Pick any colour"
            value={HEX_COLOR.test(value) ? value.toLowerCase() : "#000000"}
            onChange={(event) => onChange(event.target.value.toUpperCase())}
            className="absolute inset-0 size-full cursor-pointer opacity-0"
          />
        </label>
        <Input
          id={id}
          size="small"
          value={text}
          maxLength={7}
          placeholder="#7C3AED"
          onChange={(event) => setFromText(event.target.value.trim())}
          onBlur={() => setText(value)}
          className="w-[120px] font-mono"
          aria-label="Hex colour"
        />
      </div>
    </div>
  )
}
