// The reader: article text with highlights and coding stripes, select → tag popover, click → edit,
// find in article, keyboard navigation between passages, orphans, and the annotated PDF export.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Passage } from '../../../../shared/api'
import { useAppInfo, useThemes } from '../../api/use-folio'
import { ErrorLine } from '../../components/error-line'
import { UndoToast } from '../../components/undo-toast'
import { useSharedDraftGuard } from '../../lib/draft-guard'
import { useAppState } from '../../lib/app-state'
import { ArticleMeta } from './article-meta'
import { ArticleText, type TextMark } from './article-text'
import { CodingStripes } from './coding-stripes'
import { FindBar } from './find-bar'
import { foldQuery, foldText } from './fold-text'
import { PassageList } from './passage-list'
import { PassagePopover, passageDraftKey } from './passage-popover'
import { selectionOffsets, type OffsetRange } from './selection-offsets'
import { TagPopover, type PopoverPlace } from './tag-popover'
import { placeNear, spanAt } from './reader-geometry'
import { findAll } from './text-segments'
import { useReaderData } from './use-reader-data'
import { ExportArticleButton } from './export-article-button'

/** A fresh reader state (active passage, popovers, find) for each article and each landing. */
export function ReaderView(): React.JSX.Element {
  const { articleId, landing } = useAppState()
  return <Reader key={`${articleId}:${landing?.start ?? ''}:${landing?.end ?? ''}`} />
}

function Reader(): React.JSX.Element {
  const { t } = useTranslation()
  const state = useAppState()
  const themes = useThemes()
  const appInfo = useAppInfo()
  const data = useReaderData(state.articleId)
  const article = data.article.data
  const passages = useMemo(() => data.passages.data ?? [], [data.passages.data])
  const textRoot = useRef<HTMLDivElement>(null)
  const findInput = useRef<HTMLInputElement>(null)
  const [tagging, setTagging] = useState<{ range: OffsetRange; place: PopoverPlace } | null>(null)
  const [editing, setEditing] = useState<{ ids: number[]; place: PopoverPlace } | null>(null)
  // Each opening of a popover is a new form: once a draft was let go, nothing of it stays on screen.
  const [opened, setOpened] = useState(0)
  const [chosenId, setActiveId] = useState<number | null>(null)
  const [lastRange, setLastRange] = useState<OffsetRange | null>(null)
  const [find, setFind] = useState('')
  const [findIndex, setFindIndex] = useState(0)
  // Counts deletions, so each one restarts the undo offer's time; 0 = nothing to undo.
  const [undoable, setUndoable] = useState(0)
  const [error, setError] = useState<unknown>(null)
  const drafts = useSharedDraftGuard()
  // A drag that ended in a selection also ends in a click; that click must not open the passage editor.
  const selectedByDrag = useRef(false)
  const endUndo = useCallback(() => setUndoable(0), [])

  const folded = useMemo(() => (article ? foldText(article.body) : ''), [article])
  const matches = useMemo(() => findAll(folded, foldQuery(find)).slice(0, 2000), [folded, find])
  const current = matches.length ? matches[Math.min(findIndex, matches.length - 1)] : null
  const landing = state.landing

  const marks = useMemo<TextMark[]>(() => {
    const m: TextMark[] = []
    if (landing) m.push({ start: landing.start, end: landing.end, kind: 'landing' })
    for (const r of matches) m.push({ ...r, kind: r === current ? 'find-current' : 'find' })
    if (tagging) m.push({ ...tagging.range, kind: 'pending' })
    return m
  }, [landing, matches, current, tagging])

  const scrollToOffset = useCallback((offset: number) => {
    spanAt(textRoot.current, offset)?.scrollIntoView({ block: 'center' })
  }, [])

  // Land on a search hit or a passage: the passage under it is the active one until another is chosen.
  const landedId = useMemo(() => {
    if (!landing) return null
    if (landing.passageId != null) return landing.passageId
    return passages.find((p) => p.start < landing.end && p.end > landing.start)?.id ?? null
  }, [landing, passages])
  const activeId = chosenId ?? landedId
  const textReady = article != null && data.passages.data != null
  useEffect(() => {
    if (textReady && landing) scrollToOffset(landing.start)
  }, [textReady, landing, scrollToOffset])

  useEffect(() => {
    if (current) scrollToOffset(current.start)
  }, [current, scrollToOffset])

  const startTagging = (range: OffsetRange | null, rect?: DOMRect): void => {
    if (!range || !drafts.mayDiscard()) return
    setOpened((n) => n + 1)
    setEditing(null)
    setLastRange(range)
    setTagging({ range, place: placeNear(rect) })
  }
  const onMouseUp = (): void => {
    if (!article || !textRoot.current) return
    const sel = window.getSelection()
    const range = selectionOffsets(sel, textRoot.current, article.body)
    if (!range) return
    selectedByDrag.current = true
    startTagging(range, sel?.getRangeAt(0).getBoundingClientRect())
  }
  const tagCurrentMatch = (): void => {
    if (!current) return
    const el = textRoot.current?.querySelector('.mk-find-current')
    startTagging({ start: current.start, end: current.end }, el?.getBoundingClientRect())
  }
  const openEditor = (ids: number[], rect?: DOMRect): void => {
    if (!drafts.mayDiscard()) return
    setOpened((n) => n + 1)
    setTagging(null)
    setActiveId(ids[0] ?? null)
    setEditing({ ids, place: placeNear(rect) })
  }
  const pickPassage = (p: Passage): void => {
    scrollToOffset(p.start)
    const el = textRoot.current?.querySelector(`[data-passages~="${p.id}"]`)
    openEditor([p.id], el?.getBoundingClientRect())
  }
  const step = (delta: number): void => {
    if (passages.length === 0) return
    const i = passages.findIndex((p) => p.id === activeId)
    const next = passages[(i + delta + passages.length) % passages.length] ?? passages[0]
    setActiveId(next.id)
    scrollToOffset(next.start)
  }
  const run = async (fn: () => Promise<unknown>): Promise<void> => {
    setError(null)
    try {
      await fn()
    } catch (e) {
      setError(e)
    }
  }

  const onKeyDown = (e: React.KeyboardEvent): void => {
    const target = e.target as HTMLElement
    if (
      tagging ||
      editing ||
      /INPUT|TEXTAREA|SELECT/.test(target.tagName) ||
      e.ctrlKey ||
      e.metaKey ||
      e.altKey
    )
      return
    if (e.key === 'j' || (e.key === 'ArrowDown' && target === textRoot.current)) {
      e.preventDefault()
      step(1)
    } else if (e.key === 'k' || (e.key === 'ArrowUp' && target === textRoot.current)) {
      e.preventDefault()
      step(-1)
    } else if (e.key === 'Enter' && activeId != null && target === textRoot.current) {
      const p = passages.find((x) => x.id === activeId)
      if (p) pickPassage(p)
    } else if (e.key === '/') {
      e.preventDefault()
      findInput.current?.focus()
    } else if (e.key === 't' || e.key === 'T') {
      e.preventDefault()
      const sel = window.getSelection()
      const range = textRoot.current && article ? selectionOffsets(sel, textRoot.current, article.body) : null
      if (range) startTagging(range, sel?.getRangeAt(0).getBoundingClientRect())
      else tagCurrentMatch()
    }
  }

  if (state.articleId == null) {
    return (
      <div className="view">
        <h1>{t('reader.title')}</h1>
        <p className="muted">{t('reader.none')}</p>
      </div>
    )
  }
  if (!article) {
    return (
      <div className="view">
        {data.article.error ? (
          <ErrorLine error={data.article.error} />
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </div>
    )
  }

  return (
    <div className="view reader" onKeyDown={onKeyDown}>
      <div className="two-col">
        <article className="reader-main" aria-labelledby="article-title">
          {article.category && <p className="kicker">{article.category}</p>}
          <h1 id="article-title" className="article-heading">
            {article.title || t('common.untitled')}
          </h1>
          <div className="row reader-tools">
            <ExportArticleButton articleId={article.id} shell={appInfo.data?.shell} />
          </div>
          <ArticleMeta article={article} />
          <FindBar
            ref={findInput}
            value={find}
            onChange={(v) => {
              setFind(v)
              setFindIndex(0)
            }}
            count={matches.length}
            current={Math.min(findIndex, Math.max(0, matches.length - 1))}
            onStep={(d) =>
              setFindIndex((i) => (matches.length ? (i + d + matches.length) % matches.length : 0))
            }
            onDone={() => textRoot.current?.focus()}
            onTagMatch={tagCurrentMatch}
          />
          <ErrorLine error={error} />
          <div className="text-with-margin">
            <CodingStripes
              textRoot={textRoot}
              passages={passages}
              themes={themes}
              label={t('reader.stripes')}
              onPick={(id) => {
                const p = passages.find((x) => x.id === id)
                if (p) pickPassage(p)
              }}
            />
            <div
              ref={textRoot}
              className="article-text"
              tabIndex={0}
              aria-label={t('reader.title')}
              data-testid="article-text"
              onMouseDown={() => (selectedByDrag.current = false)}
              onMouseUp={onMouseUp}
              onClick={(e) => {
                const sel = window.getSelection()
                if (selectedByDrag.current || (sel && !sel.isCollapsed)) return
                const span = (e.target as HTMLElement).closest<HTMLElement>('[data-passages]')
                if (span?.dataset.passages)
                  openEditor(span.dataset.passages.split(' ').map(Number), span.getBoundingClientRect())
              }}
            >
              <ArticleText
                body={article.body}
                blocks={article.blocks}
                passages={passages}
                themes={themes}
                marks={marks}
                activePassageId={activeId}
              />
            </div>
          </div>
        </article>
        <PassageList
          passages={passages}
          orphans={data.orphans.data ?? []}
          themes={themes}
          activeId={activeId}
          onPick={pickPassage}
          canReattach={lastRange != null}
          onReattach={(p) =>
            lastRange &&
            void run(() =>
              data.reattach.mutateAsync({ id: p.id, start: lastRange.start, end: lastRange.end })
            )
          }
        />
      </div>
      {tagging && (
        <TagPopover
          key={opened}
          place={tagging.place}
          themes={themes}
          quote={article.body.slice(tagging.range.start, tagging.range.end)}
          busy={data.create.isPending}
          guard={drafts}
          onCancel={() => {
            drafts.clear()
            setTagging(null)
            textRoot.current?.focus()
          }}
          onConfirm={(themeIds, note) =>
            void run(async () => {
              const p = await data.create.mutateAsync({ ...tagging.range, themeIds, note })
              drafts.clear()
              setTagging(null)
              setActiveId(p.id)
              window.getSelection()?.removeAllRanges()
              textRoot.current?.focus()
            })
          }
        />
      )}
      {editing && (
        <PassagePopover
          key={opened}
          place={editing.place}
          passages={passages.filter((p) => editing.ids.includes(p.id))}
          themes={themes}
          guard={drafts}
          onClose={() => {
            drafts.clear()
            setEditing(null)
            textRoot.current?.focus()
          }}
          onSave={(p, themeIds, note) =>
            void run(async () => {
              await data.update.mutateAsync({ id: p.id, themeIds, note })
              // Another passage under the same click may still hold an edit: keep the popover for it.
              drafts.report(passageDraftKey(p.id), false)
              if (!drafts.pending()) setEditing(null)
            })
          }
          onDelete={(p) =>
            void run(async () => {
              await data.remove.mutateAsync(p)
              drafts.report(passageDraftKey(p.id), false)
              if (!drafts.pending()) setEditing(null)
              setUndoable((n) => n + 1)
            })
          }
        />
      )}
      {undoable > 0 && (
        <UndoToast
          key={undoable}
          message={t('reader.passageDeleted')}
          onDismiss={endUndo}
          onUndo={() => void run(async () => (await data.undoRemove.mutateAsync(), setUndoable(0)))}
        />
      )}
    </div>
  )
}
