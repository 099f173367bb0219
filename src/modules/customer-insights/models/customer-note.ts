import { model } from "@medusajs/framework/utils"

/**
 * A staff note on a customer. Only its author edits or deletes it; an edit
 * keeps the earlier text in `revisions` ({ body, replaced_at }) and a
 * deletion is soft (`deleted_at`, `deleted_by`), so the history stays.
 */
export const CustomerNote = model
  .define("customer_note", {
    id: model.id({ prefix: "cnote" }).primaryKey(),
    customer_id: model.text(),
    body: model.text(),
    author_id: model.text(),
    edited_at: model.dateTime().nullable(),
    revisions: model.json().nullable(),
    deleted_by: model.text().nullable(),
  })
  .indexes([{ name: "IDX_customer_note_customer", on: ["customer_id", "created_at"] }])
