/**
 * Reads PostgreSQL's binary COPY format (`COPY … TO STDOUT (FORMAT binary)`)
 * chunk by chunk and hands over each row's fields as byte ranges of the
 * chunk, without making an object per row. The export's columns are all
 * text, so a field's bytes are its UTF-8 text as PostgreSQL wrote it: no
 * escaping to undo, unlike the text and CSV formats.
 *
 * Format: an 11-byte signature, a 32-bit flags word and a header extension
 * (32-bit length, then that many bytes); then per row a 16-bit field count
 * and per field a 32-bit length (-1: NULL) and the bytes; a count of -1
 * ends the data.
 */
const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1")

/**
 * The fields of the row being read: field `i` is `bytes[starts[i], ends[i])`,
 * or NULL when `starts[i]` is -1. Valid only during the call.
 */
export type CopyRow = {
  bytes: Buffer
  count: number
  starts: Int32Array
  ends: Int32Array
}

export class CopyBinaryRows {
  private pending: Buffer | null = null
  private headerRead = false
  private finished = false
  private readonly row: CopyRow

  constructor(maxFields = 64) {
    this.row = {
      bytes: Buffer.alloc(0),
      count: 0,
      starts: new Int32Array(maxFields),
      ends: new Int32Array(maxFields),
    }
  }

  /** Calls `onRow` for every complete row in what has arrived so far. */
  push(chunk: Buffer, onRow: (row: CopyRow) => void) {
    const bytes = this.pending ? Buffer.concat([this.pending, chunk]) : chunk
    this.pending = null
    let position = 0
    if (!this.headerRead) {
      if (bytes.length < SIGNATURE.length + 8) {
        this.pending = Buffer.from(bytes)
        return
      }
      if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
        throw new Error("The export's COPY data is not in PostgreSQL's binary format")
      }
      const extension = bytes.readInt32BE(SIGNATURE.length + 4)
      position = SIGNATURE.length + 8 + extension
      if (bytes.length < position) {
        this.pending = Buffer.from(bytes)
        return
      }
      this.headerRead = true
    }
    const row = this.row
    row.bytes = bytes
    while (!this.finished && position + 2 <= bytes.length) {
      const count = bytes.readInt16BE(position)
      if (count === -1) {
        this.finished = true
        position += 2
        break
      }
      if (count > row.starts.length) {
        throw new Error(`The export's rows have ${count} fields, more than ${row.starts.length}`)
      }
      let cursor = position + 2
      let complete = true
      for (let field = 0; field < count; field++) {
        if (cursor + 4 > bytes.length) {
          complete = false
          break
        }
        const length = bytes.readInt32BE(cursor)
        cursor += 4
        if (length === -1) {
          row.starts[field] = -1
          row.ends[field] = -1
          continue
        }
        if (cursor + length > bytes.length) {
          complete = false
          break
        }
        row.starts[field] = cursor
        row.ends[field] = cursor + length
        cursor += length
      }
      if (!complete) {
        break
      }
      row.count = count
      onRow(row)
      position = cursor
    }
    if (position < bytes.length && !this.finished) {
      // A row cut by the chunk's end: keep a copy of its start (not a view,
      // which would keep the whole chunk alive) for the next chunk.
      this.pending = Buffer.from(bytes.subarray(position))
    }
    row.bytes = EMPTY
  }

  /** Whether the end-of-data marker has been read. */
  get done() {
    return this.finished
  }
}

const EMPTY = Buffer.alloc(0)

/**
 * A growing output buffer that rows are written into (field bytes copied,
 * markup as prepared bytes), taken as one chunk per input chunk. Rows are
 * many and their pieces small, so pieces are copied byte by byte rather
 * than through a native call each, and numbers are written as digits
 * without making a string.
 */
export class ByteWriter {
  private buffer: Buffer
  private length = 0

  constructor(initialSize = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(initialSize)
  }

  /** Makes room for `extra` more bytes. */
  reserve(extra: number) {
    if (this.length + extra <= this.buffer.length) {
      return
    }
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + extra))
    this.buffer.copy(grown, 0, 0, this.length)
    this.buffer = grown
  }

  /** ASCII markup (reserves its own room). */
  ascii(text: string) {
    this.reserve(text.length)
    this.length += this.buffer.write(text, this.length, "latin1")
  }

  /** Bytes of `source` (reserves its own room). */
  bytes(source: Buffer, start = 0, end = source.length) {
    const length = end - start
    this.reserve(length)
    const target = this.buffer
    if (length > 32) {
      source.copy(target, this.length, start, end)
    } else {
      for (let i = start, at = this.length; i < end; i++, at++) {
        target[at] = source[i]
      }
    }
    this.length += length
  }

  /** A positive whole number's digits (room reserved by the caller: at most 16). */
  digits(value: number) {
    let end = this.length
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) {
      end++
    }
    const last = end
    for (let rest = value; end >= this.length; end--) {
      this.buffer[end] = 48 + (rest % 10)
      rest = Math.floor(rest / 10)
    }
    this.length = last + 1
  }

  get size() {
    return this.length
  }

  /** What has been written since the last take, as a buffer of its own. */
  take(): Buffer {
    const chunk = Buffer.from(this.buffer.subarray(0, this.length))
    this.length = 0
    return chunk
  }
}
