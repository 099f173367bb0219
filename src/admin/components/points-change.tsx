import { clx } from "@medusajs/ui"
import { formatPointsChange, pointsColorClass } from "../lib/loyalty-format"

/** A change to a balance: "+250" in green, "−100" in red. */
export const PointsChange = ({ points, className }: { points: number; className?: string }) => (
  <span
    className={clx("txt-compact-small-plus tabular-nums", pointsColorClass(points), className)}
    data-points={points}
  >
    {formatPointsChange(points)}
  </span>
)
