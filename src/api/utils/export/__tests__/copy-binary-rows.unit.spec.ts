import { Readable } from "stream"
import { ByteWriter, CopyBinaryRows } from "../copy-binary-rows"
import { csvBody } from "../csv-body"
import { copyData, pieces } from "./copy-data"

const ROWS: (string | null)[][] = [
  ["a", "b\\c", null],
  ['"quoted"\r\nline', "", "tab\there"],
  ["ünïcödé ✓", "=1+1", "-5"],
]

function readAll(chunks: Buffer[]) {
  const rows = new CopyBinaryRows(3)
  const read: (string | null)[][] = []
  for (const chunk of chunks) {
    rows.push(chunk, ({ bytes, count, starts, ends }) => {
      read.push(
        Array.from({ length: count }, (_, i) =>
          starts[i] === -1 ? null : bytes.toString("utf8", starts[i], ends[i])
        )
      )
    })
  }
  return { read, done: rows.done }
}

describe("CopyBinaryRows", () => {
  it("reads every row and field, NULL apart from empty, whatever the chunk boundaries", () => {
    const data = copyData(ROWS)
    for (let size = 1; size <= data.length; size++) {
      const { read, done } = readAll(pieces(data, size))
      expect(read).toEqual(ROWS)
      expect(done).toBe(true)
    }
  })

  it("knows when the data stopped before its end", () => {
    const data = copyData(ROWS)
    expect(readAll([data.subarray(0, data.length - 2)]).done).toBe(false)
  })

  it("refuses data that is not in the binary format", () => {
    expect(() => readAll([Buffer.from("id\tname\n1\tAda\n".repeat(3))])).toThrow(/binary format/)
  })
})

describe("csvBody", () => {
  const csv = async (chunks: Buffer[]) => {
    const out: Buffer[] = []
    for await (const chunk of Readable.from(chunks).pipe(csvBody("\uFEFFhead\r\n"))) {
      out.push(chunk)
    }
    return Buffer.concat(out)
  }

  it("writes the head, then each line's bytes unchanged with CRLF", async () => {
    const line = '"\'=a\\b","tab\there","say ""hi""","two\nlines"'
    const data = copyData([[line], ["x"]])
    for (const size of [1, 7, data.length]) {
      expect((await csv(pieces(data, size))).toString("utf8")).toBe(
        `\uFEFFhead\r\n${line}\r\nx\r\n`
      )
    }
  })

  it("fails on data that ends early rather than sending a short file", async () => {
    const data = copyData([["x"]])
    await expect(csv([data.subarray(0, data.length - 2)])).rejects.toThrow(/ended early/)
  })
})

describe("ByteWriter", () => {
  it("writes numbers as digits, markup, and bytes small and large, growing as needed", () => {
    const out = new ByteWriter(4)
    for (const number of [0, 7, 10, 99, 1234, 1048576]) {
      out.reserve(16)
      out.digits(number)
      out.ascii(",")
    }
    const long = Buffer.from("x".repeat(100))
    out.bytes(Buffer.from("ünï"), 0, 3)
    out.bytes(long, 10, 60)
    expect(out.take().toString("utf8")).toBe(`0,7,10,99,1234,1048576,ün${"x".repeat(50)}`)
    expect(out.size).toBe(0)
  })
})
