/** The file name in a Content-Disposition header, if it names one. */
const fileNameOf = (response: Response) => {
  const header = response.headers.get("content-disposition") ?? ""
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header)
  return match ? decodeURIComponent(match[1]) : null
}

/** Saves a response's body as a file, as a link with `download` would. */
export const downloadResponse = async (response: Response, fallbackName: string) => {
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = fileNameOf(response) ?? fallbackName
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Give the browser a moment to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** The `Accept` header of each export format's download. */
export const EXPORT_ACCEPT = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const
