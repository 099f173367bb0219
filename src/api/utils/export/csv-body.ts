import { Transform } from "stream"
import { ByteWriter, CopyBinaryRows } from "./copy-binary-rows"

/**
 * COPY data of one column of finished CSV lines (PostgreSQL wrote the
 * cells) → the CSV file: `head` (byte order mark and header line), then
 * each line's bytes as they are, each ended by CRLF.
 */
export function csvBody(head: string): Transform {
  const rows = new CopyBinaryRows(1)
  const out = new ByteWriter()
  let headSent = false
  const writeLine = ({
    bytes,
    starts,
    ends,
  }: {
    bytes: Buffer
    starts: Int32Array
    ends: Int32Array
  }) => {
    if (starts[0] !== -1) {
      out.bytes(bytes, starts[0], ends[0])
    }
    out.ascii("\r\n")
  }
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        if (!headSent) {
          this.push(Buffer.from(head, "utf8"))
          headSent = true
        }
        rows.push(chunk, writeLine)
        done(null, out.size ? out.take() : undefined)
      } catch (error) {
        done(error as Error)
      }
    },
    flush(done) {
      if (!headSent) {
        this.push(Buffer.from(head, "utf8"))
      }
      done(rows.done ? null : new Error("The export's data ended early"))
    },
  })
}
