import { Container, DataTable, DataTableEmptyStateContent, useDataTable } from "@medusajs/ui"
import { Fragment, ReactNode, useState } from "react"
import { DeleteTexts, useConfirmDelete } from "../hooks/use-confirm-delete"
import { useSearchAndPages } from "../hooks/use-search-and-pages"
import { toastOutcome } from "../lib/toast-outcome"
import { Action } from "./action-menu"
import { CreateModal } from "./create-modal"
import { EditDrawer } from "./edit-drawer"
import { LoadError } from "./load-error"
import { SectionHeading } from "./section-heading"
import { editDeleteColumn, openClickedRow } from "./table-row-actions"
import { TableToolbar } from "./table-toolbar"

/** What the section needs of a react-query mutation hook's result. */
type Mutation<TVariables> = {
  mutate: (variables: TVariables, callbacks: ReturnType<typeof toastOutcome>) => void
  isPending: boolean
}

type Columns<TRow> = Parameters<typeof useDataTable<TRow>>[0]["columns"]

/** The form of a row: empty to create one, filled from `row` to edit it. */
export type SettingsFormRenderer<TRow, TPayload> = (props: {
  /** The form element's id, which the modal's or drawer's submit button targets. */
  id: string
  row?: TRow
  onSubmit: (payload: TPayload) => void
}) => ReactNode

type EditTexts<TPayload> = {
  title: string
  description: string
  formId: string
  /** The drawer's `data-testid`. */
  testId: string
  /** The toast once saved. */
  updated: (payload: TPayload) => string
}

type SettingsListSectionProps<TRow extends { id: string; name: string }, TPayload> = {
  /** The section's `data-testid`. */
  testId: string
  title: string
  description: string
  /** The rows in words, as in "The tiers could not be loaded". */
  what: string
  /** The rows shown, in order, and how loading them went. */
  list: {
    rows: TRow[]
    /** All rows there are, when `rows` is one page; `rows.length` unless given. */
    count?: number
    isPending: boolean
    isError: boolean
    error: Error | null
  }
  emptyState: DataTableEmptyStateContent
  /** For a list the server searches and pages: the search box, its state and what shows when nothing matches. */
  searchAndPages?: {
    placeholder: string
    tableState: ReturnType<typeof useSearchAndPages>["tableState"]
    noMatch: DataTableEmptyStateContent
  }
  /** The table's columns; the "…" column with Edit and Delete is added last. */
  columns: Columns<TRow>
  /** Actions after Edit in a row's "…" menu. */
  moreRowActions?: (row: TRow) => Action[]
  form: SettingsFormRenderer<TRow, TPayload>
  useCreate: () => Mutation<TPayload>
  /** Updates the row with the id given. */
  useUpdate: (id: string) => Mutation<TPayload>
  /** Deletes the row whose id is passed to `mutate`. */
  useDelete: () => Pick<Mutation<string>, "mutate">
  create: {
    /** The Create button's `data-testid`. */
    buttonTestId: string
    title: string
    description: string
    formId: string
    /** The modal's `data-testid`. */
    testId: string
    /** The toast once created. */
    created: (payload: TPayload) => string
  }
  edit: EditTexts<TPayload>
  /** The texts of the prompt before a row is deleted, and the toast after. */
  deletePrompt: (row: TRow) => DeleteTexts
  /** More for the section to hold, e.g. a drawer opened by one of `moreRowActions`. */
  children?: ReactNode
}

/**
 * A settings page's list of things staff create, edit and delete: a table
 * under a heading with a Create button, a create modal and an edit drawer
 * around the same form, and a prompt before deleting; each outcome is toasted.
 */
export const SettingsListSection = <TRow extends { id: string; name: string }, TPayload>({
  testId,
  title,
  description,
  what,
  list,
  emptyState,
  searchAndPages,
  columns,
  moreRowActions,
  form,
  useCreate,
  useUpdate,
  useDelete,
  create,
  edit,
  deletePrompt,
  children,
}: SettingsListSectionProps<TRow, TPayload>) => {
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<TRow | null>(null)
  const { mutate: createRow, isPending: isCreating } = useCreate()
  const { mutate: deleteRow } = useDelete()
  const confirmDelete = useConfirmDelete(deleteRow, deletePrompt)

  const table = useDataTable({
    columns: [...columns, editDeleteColumn(setEditing, confirmDelete, undefined, moreRowActions)],
    data: list.rows,
    getRowId: (row) => row.id,
    rowCount: list.count ?? list.rows.length,
    isLoading: list.isPending,
    ...searchAndPages?.tableState,
    onRowClick: openClickedRow(setEditing),
  })

  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <DataTable instance={table}>
        <TableToolbar
          search={searchAndPages?.placeholder}
          onCreate={() => setCreating(true)}
          createTestId={create.buttonTestId}
        >
          <SectionHeading level="h2" title={title} description={description} />
        </TableToolbar>
        {list.isError ? (
          <LoadError what={what} error={list.error} />
        ) : (
          <DataTable.Table emptyState={{ empty: emptyState, filtered: searchAndPages?.noMatch }} />
        )}
        {searchAndPages && <DataTable.Pagination />}
      </DataTable>

      <CreateModal
        open={creating}
        onOpenChange={setCreating}
        title={create.title}
        description={create.description}
        formId={create.formId}
        isPending={isCreating}
        testId={create.testId}
      >
        {form({
          id: create.formId,
          onSubmit: (payload) =>
            createRow(
              payload,
              toastOutcome(create.created(payload), () => setCreating(false))
            ),
        })}
      </CreateModal>
      <EditRowDrawer
        row={editing}
        onClose={() => setEditing(null)}
        useUpdate={useUpdate}
        form={form}
        {...edit}
      />
      {children}
    </Container>
  )
}

type EditRowDrawerProps<TRow, TPayload> = EditTexts<TPayload> & {
  row: TRow | null
  onClose: () => void
  useUpdate: (id: string) => Mutation<TPayload>
  form: SettingsFormRenderer<TRow, TPayload>
}

/** The edit drawer, apart so its update mutation is for the row being edited. */
const EditRowDrawer = <TRow extends { id: string }, TPayload>({
  row,
  onClose,
  useUpdate,
  form,
  title,
  description,
  formId,
  testId,
  updated,
}: EditRowDrawerProps<TRow, TPayload>) => {
  const { mutate, isPending } = useUpdate(row?.id ?? "")
  return (
    <EditDrawer
      open={!!row}
      onClose={onClose}
      title={title}
      description={description}
      formId={formId}
      isPending={isPending}
      testId={testId}
    >
      {row && (
        <Fragment key={row.id}>
          {form({
            id: formId,
            row,
            onSubmit: (payload) => mutate(payload, toastOutcome(updated(payload), onClose)),
          })}
        </Fragment>
      )}
    </EditDrawer>
  )
}
