// Hands an exported file to the person: the native save dialog on the desktop, a download in a browser.
import type { ExportFile } from '../../../shared/api'
import { folioApi } from '../api/folio-api'

export async function saveExport(
  file: ExportFile,
  shell: 'desktop' | 'web' | undefined
): Promise<string | null> {
  if (shell === 'desktop') {
    const r = await folioApi().saveFile({ file })
    return r.path
  }
  const bytes =
    file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(file.bytes as ArrayLike<number>)
  const blob = new Blob([bytes as BlobPart], { type: file.mimeType })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoke later: Chromium reads the blob after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return file.fileName
}
