// The charset an HTML page declares for itself: <meta charset> or <meta http-equiv="Content-Type">,
// looked for in the first 4 KB as browsers do (read as Latin-1, which never fails).

export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString(
    'latin1'
  )
  const meta = /<meta\b[^>]*>/gi
  let m: RegExpExecArray | null
  while ((m = meta.exec(head))) {
    const tag = m[0]
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)
    if (direct) return direct[1].toLowerCase()
  }
  return null
}

/** The charset parameter of an HTTP Content-Type header. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null
  return m ? m[1].toLowerCase() : null
}
