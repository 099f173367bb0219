import { Button, DataTable } from "@medusajs/ui"
import { ReactNode } from "react"

type TableToolbarProps = {
  /** The search box's placeholder; without it the table has no search. */
  search?: string
  onCreate: () => void
  createTestId: string
  /** The heading on the left. */
  children: ReactNode
}

/** The top of a data table: its heading, the search box if any, and a Create button. */
export const TableToolbar = ({ search, onCreate, createTestId, children }: TableToolbarProps) => {
  const createButton = (
    <Button size="small" variant="secondary" onClick={onCreate} data-testid={createTestId}>
      Create
    </Button>
  )
  return search ? (
    <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
      {children}
      <div className="flex w-full items-center gap-x-2 md:w-auto">
        <DataTable.Search placeholder={search} />
        {createButton}
      </div>
    </DataTable.Toolbar>
  ) : (
    <DataTable.Toolbar className="flex items-center justify-between gap-2">
      {children}
      {createButton}
    </DataTable.Toolbar>
  )
}
