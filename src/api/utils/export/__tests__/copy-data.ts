/** PostgreSQL's binary COPY data for rows of text fields (null: NULL), as a COPY would send it. */
export function copyData(rows: (string | null)[][]): Buffer {
  const parts: Buffer[] = [Buffer.from("PGCOPY\n\xff\r\n\0", "latin1"), Buffer.alloc(8)]
  for (const row of rows) {
    const count = Buffer.alloc(2)
    count.writeInt16BE(row.length)
    parts.push(count)
    for (const field of row) {
      const length = Buffer.alloc(4)
      if (field === null) {
        length.writeInt32BE(-1)
        parts.push(length)
      } else {
        const bytes = Buffer.from(field, "utf8")
        length.writeInt32BE(bytes.length)
        parts.push(length, bytes)
      }
    }
  }
  const trailer = Buffer.alloc(2)
  trailer.writeInt16BE(-1)
  parts.push(trailer)
  return Buffer.concat(parts)
}

/** `data` cut into pieces of `size` bytes. */
export const pieces = (data: Buffer, size: number) =>
  Array.from({ length: Math.ceil(data.length / size) }, (_, i) =>
    data.subarray(i * size, (i + 1) * size)
  )
