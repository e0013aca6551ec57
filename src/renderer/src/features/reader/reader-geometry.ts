// Where things are on screen in the reader: the popover's place near a selection, the span at an offset.
import type { PopoverPlace } from './tag-popover'

/** Below the selection when there is room, else above it; always inside the window. */
export function placeNear(rect: DOMRect | undefined): PopoverPlace {
  const r = rect ?? new DOMRect(window.innerWidth / 2, window.innerHeight / 3, 0, 0)
  const width = Math.min(380, window.innerWidth - 16)
  const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8))
  const below = r.bottom + 8
  const top = below + 320 > window.innerHeight ? Math.max(8, r.top - 330) : below
  return { top, left }
}

/** The text span of the article that holds body offset `offset`. */
export function spanAt(root: HTMLElement | null, offset: number): HTMLElement | undefined {
  const spans = root?.querySelectorAll<HTMLElement>('[data-start]') ?? []
  return [...spans].find((s) => Number(s.dataset.start) <= offset && Number(s.dataset.end) > offset)
}
