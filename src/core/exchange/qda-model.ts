// A REFI-QDA project or codebook as plain data, after parsing and before anything touches the archive.

export interface QdaCode {
  guid: string
  name: string
  color: string | null
  description: string
  noteGuids: string[]
  children: QdaCode[]
}

export interface QdaSelection {
  guid: string
  /** The selected text as the exporting tool recorded it (its `name`), when it did. */
  name: string | null
  /** Code points into the source's plain text, end exclusive. */
  start: number
  end: number
  description: string
  codeGuids: string[]
  noteGuids: string[]
}

export interface QdaTextSource {
  guid: string
  name: string
  plainTextPath: string | null
  plainTextContent: string | null
  description: string
  selections: QdaSelection[]
  /** Codes applied to the whole source rather than a selection. */
  codeGuids: string[]
  noteGuids: string[]
  /** Variable name → value as text. */
  variables: { name: string; value: string }[]
}

export interface QdaSkippedSource {
  guid: string
  name: string
  kind: string
  reason: string
}

export interface QdaNote {
  guid: string
  name: string
  plainTextPath: string | null
  plainTextContent: string | null
}

export interface QdaProject {
  kind: 'project' | 'codebook'
  codes: QdaCode[]
  sources: QdaTextSource[]
  skipped: QdaSkippedSource[]
  notes: QdaNote[]
  projectNoteGuids: string[]
  description: string
}
