// A drop target for files, with a file chooser button for people who prefer it (or use a keyboard).
import { useRef, useState } from 'react'

export function DropZone(props: {
  onFiles: (files: File[]) => void
  label: string
  hint?: string
  chooseLabel: string
  folderLabel?: string
  disabled?: boolean
  children?: React.ReactNode
}): React.JSX.Element {
  const [over, setOver] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const folder = useRef<HTMLInputElement>(null)
  const take = (list: FileList | null): void => {
    const files = list ? [...list] : []
    if (files.length > 0 && !props.disabled) props.onFiles(files)
  }
  return (
    <div
      className={`drop-zone${over ? ' drop-over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault()
        setOver(false)
        take(e.dataTransfer.files)
      }}
    >
      <p className="drop-label">{props.label}</p>
      {props.hint && <p className="muted small">{props.hint}</p>}
      <div className="row" style={{ justifyContent: 'center' }}>
        <button
          type="button"
          className="btn btn-primary"
          disabled={props.disabled}
          onClick={() => input.current?.click()}
        >
          {props.chooseLabel}
        </button>
        {props.folderLabel && (
          <button
            type="button"
            className="btn"
            disabled={props.disabled}
            onClick={() => folder.current?.click()}
          >
            {props.folderLabel}
          </button>
        )}
      </div>
      {props.children}
      <input
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        data-testid="file-input"
        onChange={(e) => {
          take(e.target.files)
          e.target.value = ''
        }}
      />
      <input
        ref={(el) => {
          folder.current = el
          // webkitdirectory is not in React's attribute list; set it on the element.
          if (el) el.setAttribute('webkitdirectory', '')
        }}
        type="file"
        hidden
        tabIndex={-1}
        onChange={(e) => {
          take(e.target.files)
          e.target.value = ''
        }}
      />
    </div>
  )
}
