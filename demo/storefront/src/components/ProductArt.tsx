/**
 * The demo products have no photos: each gets a poster in its category's
 * colours, with the title set large, as a theatre's season brochure would.
 */
const PALETTES: Record<string, [string, string, string]> = {
  Theatre: ["#5b1a1a", "#a4312a", "#f3d9a4"],
  "Dance & opera": ["#3b1740", "#8e3b76", "#f6d3e6"],
  Concerts: ["#14253d", "#2f5f8f", "#cfe3f5"],
  Family: ["#7a3c06", "#e08a1e", "#fff0cc"],
  Comedy: ["#0f3b3a", "#1f8a7d", "#d9f4ec"],
  "Passes & vouchers": ["#1f1a17", "#6f5a3a", "#f3d9a4"],
  Experiences: ["#1e3520", "#4f7d3a", "#e4f1d2"],
  Merchandise: ["#2b2b30", "#5d5f6b", "#ecebe7"],
}
const FALLBACK: [string, string, string] = ["#2b2b30", "#5d5f6b", "#ecebe7"]

type Props = {
  title: string
  subtitle?: string | null
  category?: string | null
  size?: "card" | "large"
}

export function ProductArt({ title, subtitle, category, size = "card" }: Props) {
  const [dark, light, ink] = PALETTES[category ?? ""] ?? FALLBACK
  return (
    <div
      className={`poster poster--${size}`}
      style={{
        background: `radial-gradient(120% 90% at 85% 10%, ${light} 0%, ${dark} 62%)`,
        color: ink,
      }}
      aria-hidden="true"
    >
      <span className="poster__category">{category}</span>
      <span className="poster__title">{title}</span>
      {subtitle && <span className="poster__subtitle">{subtitle}</span>}
      <span className="poster__ring" style={{ borderColor: ink }} />
    </div>
  )
}
