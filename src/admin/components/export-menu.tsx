import { ArrowDownTray } from "@medusajs/icons"
import { Button, DropdownMenu } from "@medusajs/ui"
import type { ExportFormat } from "../lib/types"

type ExportMenuProps = {
  onExport: (format: ExportFormat) => void
  isExporting?: boolean
  /** The trigger's test id; the items get `<testId>-csv` and `<testId>-xlsx`. */
  testId: string
}

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: "csv", label: "CSV (.csv)" },
  { format: "xlsx", label: "Excel (.xlsx)" },
]

/** "Export", offering the same rows as CSV or as an Excel workbook. */
export const ExportMenu = ({ onExport, isExporting, testId }: ExportMenuProps) => (
  <DropdownMenu>
    <DropdownMenu.Trigger asChild>
      <Button size="small" variant="secondary" isLoading={isExporting} data-testid={testId}>
        <ArrowDownTray />
        Export
      </Button>
    </DropdownMenu.Trigger>
    <DropdownMenu.Content align="end">
      {FORMATS.map(({ format, label }) => (
        <DropdownMenu.Item
          key={format}
          onClick={() => onExport(format)}
          data-testid={`${testId}-${format}`}
        >
          {label}
        </DropdownMenu.Item>
      ))}
    </DropdownMenu.Content>
  </DropdownMenu>
)

/** What the toast says once a file is saved. */
export const exportedMessage = (format: ExportFormat) =>
  format === "csv" ? "The CSV file was downloaded" : "The Excel file was downloaded"
