import { cursorPageQuery, MAX_PAGE_OFFSET } from "../cursor-pages"

describe("the page query of a table paged by cursor", () => {
  it("reads the first page without a cursor, later ones after the kept cursor", () => {
    const cursors = { 1: "c1", 2: "c2" }
    expect(cursorPageQuery(0, 20, cursors)).toEqual({ limit: 20 })
    expect(cursorPageQuery(1, 20, cursors)).toEqual({ limit: 20, cursor: "c1" })
    expect(cursorPageQuery(2, 20, cursors)).toEqual({ limit: 20, cursor: "c2" })
  })

  it("falls back to an offset, within the API's cap, for a page whose cursor is not known", () => {
    expect(cursorPageQuery(3, 20, {})).toEqual({ limit: 20, offset: 60 })
    expect(cursorPageQuery(10_000, 20, {})).toEqual({ limit: 20, offset: MAX_PAGE_OFFSET })
  })
})
