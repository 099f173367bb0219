import { PencilSquare, Trash } from "@medusajs/icons"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { Action, ActionMenu } from "./action-menu"

/**
 * The "…" column of a table whose rows can be edited and deleted;
 * `moreActions` go after Edit (e.g. a tier's Benefits).
 */
export const editDeleteColumn = <T extends { name: string }>(
  onEdit: (item: T) => void,
  onDelete: (item: T) => void,
  testIds?: { edit: string; delete: string },
  moreActions?: (item: T) => Action[]
) =>
  createDataTableColumnHelper<T>().display({
    id: "action",
    size: 52,
    cell: ({ row }) => (
      <ActionMenu
        label={`Actions for ${row.original.name}`}
        groups={[
          [
            {
              label: "Edit",
              icon: <PencilSquare />,
              onClick: () => onEdit(row.original),
              testId: testIds?.edit,
            },
            ...(moreActions?.(row.original) ?? []),
          ],
          [
            {
              label: "Delete",
              icon: <Trash />,
              onClick: () => onDelete(row.original),
              testId: testIds?.delete,
            },
          ],
        ]}
      />
    ),
  })

/** A `useDataTable` row click that opens the item: the table passes its row model, not the item, despite the type. */
export const openClickedRow =
  <T,>(open: (item: T) => void) =>
  (_event: unknown, row: T) =>
    open((row as unknown as { original: T }).original ?? row)
