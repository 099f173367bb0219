import type { MedusaSuiteOptions } from "../../helpers/medusa-test-runner"
import { sharedFixtures } from "../../helpers/shared-fixtures"
import type { LocalWorkflow } from "@medusajs/framework/orchestration"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createCustomerNoteStepId,
  createCustomerNoteWorkflow,
  deleteCustomerNoteStepId,
  deleteCustomerNoteWorkflow,
  updateCustomerNoteStepId,
  updateCustomerNoteWorkflow,
} from "../../../src/workflows/customer-insights/notes"
import { createAdminUser } from "../../helpers/auth"
import { expectError } from "../../helpers/expect-error"

/** A note as the admin notes routes answer it: the fields this suite reads. */
type NoteAnswer = {
  id: string
  body: string
  author: { email: string }
  edited_at: string | null
  revisions: { body: string; replaced_at: string }[] | null
  deleted_at?: string | null
  deleted_by?: string | null
}

/** `GET /admin/customers/:id/notes`. */
type NoteList = { notes: NoteAnswer[]; count: number }

export function notesTests(options: MedusaSuiteOptions) {
  const { api, getContainer } = options
  let container: MedusaContainer
  let astrid: { user: { id: string }; headers: Record<string, string> }
  let bjorn: { user: { id: string }; headers: Record<string, string> }
  let customer: { id: string }
  let other: { id: string }

  const notesPath = (customerId = customer.id) => `/admin/customers/${customerId}/notes`
  const addNote = async (body: string, as = astrid, customerId = customer.id) =>
    (await api.post(notesPath(customerId), { body }, as)).data.note

  sharedFixtures(options, async () => {
    container = getContainer()
    astrid = await createAdminUser(container, "astrid@shop.se")
    await container
      .resolve(Modules.USER)
      .updateUsers({ id: astrid.user.id, first_name: "Astrid", last_name: "Lind" })
    bjorn = await createAdminUser(container, "bjorn@shop.se")
    ;[customer, other] = await container.resolve(Modules.CUSTOMER).createCustomers([
      { email: "kari@example.no", first_name: "Kari" },
      { email: "ola@example.no", first_name: "Ola" },
    ])
  })

  it("adds notes by the signed-in admin and lists them newest first with their author", async () => {
    const response = await api.post(notesPath(), { body: "  Prefers invoices by post  " }, astrid)
    expect(response.status).toBe(201)
    expect(response.data.note).toEqual({
      id: expect.stringMatching(/^cnote_/),
      customer_id: customer.id,
      body: "Prefers invoices by post",
      author_id: astrid.user.id,
      author: {
        id: astrid.user.id,
        email: "astrid@shop.se",
        first_name: "Astrid",
        last_name: "Lind",
      },
      edited_at: null,
      revisions: null,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    })
    await addNote("Called about the Oslo order", bjorn)
    await addNote("Another customer's note", astrid, other.id)

    const { data }: { data: NoteList } = await api.get(notesPath(), astrid)
    expect(data).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 50 }))
    expect(data.notes.map((n) => [n.body, n.author.email])).toEqual([
      ["Called about the Oslo order", "bjorn@shop.se"],
      ["Prefers invoices by post", "astrid@shop.se"],
    ])
    expect(data.notes[0]).not.toHaveProperty("deleted_at")

    const page: NoteList = (await api.get(`${notesPath()}?limit=1&offset=1`, astrid)).data
    expect(page).toEqual(expect.objectContaining({ count: 2, offset: 1, limit: 1 }))
    expect(page.notes.map((n) => n.body)).toEqual(["Prefers invoices by post"])
  })

  it("lets the author edit a note, keeping the earlier texts", async () => {
    const note = await addNote("Pays within 10 days")
    const first = (
      await api.post(`${notesPath()}/${note.id}`, { body: "Pays within 30 days" }, astrid)
    ).data.note
    expect(first).toEqual(
      expect.objectContaining({
        id: note.id,
        body: "Pays within 30 days",
        edited_at: expect.any(String),
        revisions: [{ body: "Pays within 10 days", replaced_at: first.edited_at }],
        author: expect.objectContaining({ email: "astrid@shop.se" }),
      })
    )
    const second: NoteAnswer = (
      await api.post(`${notesPath()}/${note.id}`, { body: "Pays late" }, astrid)
    ).data.note
    expect(second.revisions!.map((r) => r.body)).toEqual([
      "Pays within 10 days",
      "Pays within 30 days",
    ])

    // The same text again is no edit.
    const same = (await api.post(`${notesPath()}/${note.id}`, { body: "Pays late" }, astrid)).data
      .note
    expect(same.revisions).toHaveLength(2)
    expect(same.edited_at).toBe(second.edited_at)
  })

  it("keeps every replaced text when the author sends 12 edits at once, over 3 rounds", async () => {
    const note = await addNote("Round 0")
    const written = ["Round 0"]
    for (let round = 1; round <= 3; round++) {
      const texts = Array.from({ length: 12 }, (_, i) => `Round ${round}, edit ${i + 1}`)
      const responses = await Promise.all(
        texts.map((body) => api.post(`${notesPath()}/${note.id}`, { body }, astrid))
      )
      expect(responses.map((r) => r.status)).toEqual(texts.map(() => 200))
      written.push(...texts)

      const [saved]: NoteAnswer[] = (await api.get(notesPath(), astrid)).data.notes
      const kept = saved.revisions!.map((r) => r.body)
      // Every text written is either the note's text now or kept exactly once.
      expect(kept).toHaveLength(written.length - 1)
      expect([...kept, saved.body].sort()).toEqual([...written].sort())
      // Each revision is the text the next edit replaced, in order.
      expect(saved.revisions!.map((r) => r.replaced_at)).toEqual(
        [...saved.revisions!.map((r) => r.replaced_at)].sort()
      )
    }
  })

  it("deletes softly: the note leaves the list and stays in the history with who deleted it", async () => {
    const kept = await addNote("Keep me")
    const note = await addNote("Wrong customer, sorry")
    expect((await api.delete(`${notesPath()}/${note.id}`, astrid)).data).toEqual({
      id: note.id,
      object: "customer_note",
      deleted: true,
    })
    const listed: NoteList = (await api.get(notesPath(), astrid)).data
    expect(listed.notes.map((n) => n.id)).toEqual([kept.id])

    const history = (await api.get(`${notesPath()}?include_deleted=true`, astrid)).data
    expect(history.count).toBe(2)
    expect(history.notes).toEqual([
      expect.objectContaining({
        id: note.id,
        deleted_at: expect.any(String),
        deleted_by: astrid.user.id,
      }),
      expect.objectContaining({ id: kept.id, deleted_at: null, deleted_by: null }),
    ])

    // A deleted note can no longer be edited or deleted.
    await expectError(
      api.post(`${notesPath()}/${note.id}`, { body: "Back" }, astrid),
      404,
      /was not found/
    )
    await expectError(api.delete(`${notesPath()}/${note.id}`, astrid), 404, /was not found/)
  })

  it("refuses another admin's edit or delete with 403, and leaves the note as it was", async () => {
    const note = await addNote("Only Astrid may change this")
    await expectError(
      api.post(`${notesPath()}/${note.id}`, { body: "Björn was here" }, bjorn),
      403,
      "Only the author can edit or delete a note"
    )
    await expectError(
      api.delete(`${notesPath()}/${note.id}`, bjorn),
      403,
      "Only the author can edit or delete a note"
    )
    const [stored] = (await api.get(notesPath(), bjorn)).data.notes
    expect(stored).toEqual(
      expect.objectContaining({ body: "Only Astrid may change this", edited_at: null })
    )
  })

  it("answers 404 for unknown customers and notes, and for another customer's note", async () => {
    const othersNote = await addNote("Ola's note", astrid, other.id)
    await expectError(
      api.get(notesPath("cus_unknown"), astrid),
      404,
      /Customer with id: cus_unknown was not found/
    )
    await expectError(
      api.post(notesPath("cus_unknown"), { body: "Hello" }, astrid),
      404,
      /Customer with id: cus_unknown/
    )
    await expectError(
      api.post(`${notesPath()}/cnote_unknown`, { body: "Hello" }, astrid),
      404,
      /Note with id: cnote_unknown was not found/
    )
    await expectError(
      api.delete(`${notesPath()}/cnote_unknown`, astrid),
      404,
      /Note with id: cnote_unknown was not found/
    )
    await expectError(
      api.post(`${notesPath()}/${othersNote.id}`, { body: "Moved" }, astrid),
      404,
      /was not found/
    )
    await expectError(api.delete(`${notesPath()}/${othersNote.id}`, astrid), 404, /was not found/)
    expect((await api.get(notesPath(other.id), astrid)).data.notes).toHaveLength(1)
  })

  it("refuses an empty, too long or malformed body with a 400 naming the field", async () => {
    await expectError(api.post(notesPath(), { body: "" }, astrid), 400, /'body'/)
    await expectError(api.post(notesPath(), { body: "   " }, astrid), 400, /'body'/)
    await expectError(api.post(notesPath(), { body: "x".repeat(5001) }, astrid), 400, /'body'/)
    await expectError(api.post(notesPath(), { body: 42 }, astrid), 400, /'body'/)
    await expectError(api.post(notesPath(), {}, astrid), 400, /'body'/)
    await expectError(api.post(notesPath(), { body: "Hi", pinned: true }, astrid), 400, /pinned/)
    expect((await api.post(notesPath(), { body: "x".repeat(5000) }, astrid)).status).toBe(201)
    const note = await addNote("Fine")
    await expectError(api.post(`${notesPath()}/${note.id}`, { body: "" }, astrid), 400, /'body'/)
    await expectError(
      api.get(`${notesPath()}?include_deleted=maybe`, astrid),
      400,
      /include_deleted/
    )
  })

  it("needs an admin", async () => {
    await expectError(api.get(notesPath()), 401, /Unauthorized/)
    await expectError(api.post(notesPath(), { body: "Hi" }), 401, /Unauthorized/)
  })

  it("undoes each note workflow when a later step fails", async () => {
    const fail = <W extends Pick<LocalWorkflow, "appendAction">>(workflow: W, stepId: string) => {
      workflow.appendAction("fail", stepId, {
        invoke: async () => {
          throw new Error("Forced failure")
        },
      })
      return workflow
    }
    const history = async () =>
      ((await api.get(`${notesPath()}?include_deleted=true`, astrid)).data as NoteList).notes.map(
        (n) => ({
          id: n.id,
          body: n.body,
          edited_at: n.edited_at,
          revisions: n.revisions,
          deleted_at: n.deleted_at,
          deleted_by: n.deleted_by,
        })
      )

    const created = await fail(createCustomerNoteWorkflow(container), createCustomerNoteStepId).run(
      {
        input: { customer_id: customer.id, body: "Never saved", author_id: astrid.user.id },
        throwOnError: false,
      }
    )
    expect(created.errors[0]?.error?.message).toBe("Forced failure")
    expect(await history()).toEqual([])

    const note = await addNote("First text")
    await api.post(`${notesPath()}/${note.id}`, { body: "Second text" }, astrid)
    const before = await history()

    const updated = await fail(updateCustomerNoteWorkflow(container), updateCustomerNoteStepId).run(
      {
        input: {
          id: note.id,
          customer_id: customer.id,
          body: "Third text",
          actor_id: astrid.user.id,
        },
        throwOnError: false,
      }
    )
    expect(updated.errors[0]?.error?.message).toBe("Forced failure")
    expect(await history()).toEqual(before)

    const deleted = await fail(deleteCustomerNoteWorkflow(container), deleteCustomerNoteStepId).run(
      {
        input: { id: note.id, customer_id: customer.id, actor_id: astrid.user.id },
        throwOnError: false,
      }
    )
    expect(deleted.errors[0]?.error?.message).toBe("Forced failure")
    expect(await history()).toEqual(before)
  })
}
