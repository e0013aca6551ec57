// The margin strip: one lane per theme, a bar beside every line range coded with it.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Passage, Theme } from '../../../../shared/api'

interface Stripe {
  key: string
  top: number
  height: number
  lane: number
  color: string
  passageId: number
}

function measure(root: HTMLElement, passages: Passage[], themes: Theme[]): Stripe[] {
  const base = root.getBoundingClientRect().top
  const out: Stripe[] = []
  for (const p of passages) {
    const spans = root.querySelectorAll<HTMLElement>(`[data-passages~="${p.id}"]`)
    if (spans.length === 0) continue
    const top = spans[0].getBoundingClientRect().top - base
    const bottom = spans[spans.length - 1].getBoundingClientRect().bottom - base
    for (const tid of p.themeIds) {
      const lane = themes.findIndex((t) => t.id === tid)
      if (lane < 0) continue
      out.push({
        key: `${p.id}-${tid}`,
        top,
        height: Math.max(4, bottom - top),
        lane,
        color: themes[lane].color,
        passageId: p.id
      })
    }
  }
  return out
}

export function CodingStripes(props: {
  textRoot: React.RefObject<HTMLElement | null>
  passages: Passage[]
  themes: Theme[]
  onPick: (passageId: number) => void
  label: string
}): React.JSX.Element {
  const [stripes, setStripes] = useState<Stripe[]>([])
  const [layoutTick, setLayoutTick] = useState(0)
  const last = useRef('')
  const { textRoot, passages, themes } = props
  // Measured when the passages change and whenever the text reflows or the web font arrives; state
  // changes only when a stripe really moved, so this settles at once.
  useLayoutEffect(() => {
    const root = textRoot.current
    if (!root) return
    const next = measure(root, passages, themes)
    const key = JSON.stringify(next)
    if (key === last.current) return
    last.current = key
    setStripes(next)
  }, [textRoot, passages, themes, layoutTick])
  // Re-render (and so re-measure) when the text reflows or the web font arrives.
  useEffect(() => {
    const root = textRoot.current
    if (!root) return
    const bump = (): void => setLayoutTick((n) => n + 1)
    const ro = new ResizeObserver(bump)
    ro.observe(root)
    void document.fonts?.ready.then(bump)
    return () => ro.disconnect()
  }, [textRoot])
  return (
    <div
      className="coding-stripes"
      aria-label={props.label}
      role="img"
      style={{ width: Math.max(1, themes.length) * 7 + 4 }}
    >
      {stripes.map((s) => (
        <div
          key={s.key}
          className="stripe"
          data-testid="coding-stripe"
          style={{ top: s.top, height: s.height, left: s.lane * 7, background: s.color }}
          onClick={() => props.onPick(s.passageId)}
        />
      ))}
    </div>
  )
}
