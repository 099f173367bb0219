import { Skeleton, Text } from "@medusajs/ui"
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import { formatPoints } from "../lib/loyalty-format"
import { LoyaltyWeek } from "../lib/types"

const SERIES = [
  { key: "earned", name: "Earned", color: "var(--tag-green-icon)" },
  { key: "redeemed", name: "Redeemed", color: "var(--tag-red-icon)" },
  { key: "adjusted", name: "Adjusted", color: "var(--tag-blue-icon)" },
  { key: "expired", name: "Expired", color: "var(--tag-orange-icon)" },
  { key: "reversed", name: "Reversed", color: "var(--tag-purple-icon)" },
] as const

const weekLabel = (weekStart: string) =>
  new Date(`${weekStart}T00:00:00`).toLocaleDateString(undefined, {
    day: "numeric",
    month: "short",
  })

type LoyaltyWeeklyChartProps = {
  weeks?: LoyaltyWeek[]
  isPending?: boolean
  error?: string | null
}

/**
 * Points earned, redeemed, adjusted, expired and reversed per week. The
 * ledger signs them (redeemed and expired are negative, an adjustment
 * either); the bars show how many points moved, side by side.
 */
export const LoyaltyWeeklyChart = ({ weeks, isPending, error }: LoyaltyWeeklyChartProps) => {
  if (isPending) {
    return <Skeleton className="h-[240px] w-full" />
  }
  if (error) {
    return (
      <Text size="small" className="text-ui-fg-error">
        The weekly figures could not be loaded: {error}
      </Text>
    )
  }
  const data = (weeks ?? []).map((week) => ({
    week: weekLabel(week.week_start),
    week_start: week.week_start,
    ...Object.fromEntries(SERIES.map(({ key }) => [key, Math.abs(week[key])])),
  }))
  if (!(weeks ?? []).some((week) => SERIES.some(({ key }) => week[key]))) {
    return (
      <div className="flex h-[240px] items-center justify-center">
        <Text size="small" className="text-ui-fg-subtle">
          No points were earned or used in these weeks.
        </Text>
      </div>
    )
  }

  return (
    <div className="h-[240px] w-full" data-testid="loyalty-weekly-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--border-base)" />
          <XAxis
            dataKey="week"
            tickLine={false}
            axisLine={false}
            tick={{ fontSize: 12, fill: "var(--fg-muted)" }}
            minTickGap={16}
          />
          <YAxis
            tickLine={false}
            axisLine={false}
            width={56}
            tick={{ fontSize: 12, fill: "var(--fg-muted)" }}
            tickFormatter={(value: number) => formatPoints(value)}
          />
          <Tooltip
            cursor={{ fill: "var(--bg-base-hover)" }}
            formatter={(value: number, name: string) => [`${formatPoints(value)} points`, name]}
            labelFormatter={(_label, payload) => {
              const start = payload?.[0]?.payload?.week_start as string | undefined
              return start ? `Week of ${weekLabel(start)}` : ""
            }}
            contentStyle={{
              background: "var(--bg-base)",
              border: "1px solid var(--border-base)",
              borderRadius: 8,
              fontSize: 12,
            }}
          />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          {SERIES.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.name}
              fill={series.color}
              radius={[3, 3, 0, 0]}
              maxBarSize={18}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
