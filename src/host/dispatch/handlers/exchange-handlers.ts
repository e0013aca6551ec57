// REFI-QDA project and codebook exports (.qdpx, .qdc).
import { basename } from 'node:path'
import { exportQdc, exportQdpx } from '../../../core/exchange/export-qda'
import type { PartialHandlers } from '../handler-types'

function stem(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '') || 'folio'
}

export const exchangeHandlers: PartialHandlers = {
  exportQdpx: (_input, { archive }) => ({
    fileName: `${stem(archive.path)}.qdpx`,
    mimeType: 'application/zip',
    bytes: exportQdpx(archive)
  }),
  exportQdc: (_input, { archive }) => ({
    fileName: `${stem(archive.path)}.qdc`,
    mimeType: 'application/xml',
    bytes: exportQdc(archive)
  })
}
