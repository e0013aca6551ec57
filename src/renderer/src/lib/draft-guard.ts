// Unsaved drafts (a typed note, ticked themes, an edited description) that a click elsewhere would
// replace: forms report whether they hold one, and whatever would replace them asks first. Asking (not
// saving behind the user's back) is the one rule that fits both a new passage, which the user has not yet
// confirmed, and an edit to an existing one.
import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useRef } from 'react'
import { i18n } from '../i18n'

export interface DraftGuard {
  /** A form says whether it holds unsaved work, under a key of its own. */
  report(key: string, dirty: boolean): void
  /** True while some form holds unsaved work. */
  pending(): boolean
  /** True when nothing unsaved is open, or the user agrees to discard it. */
  mayDiscard(): boolean
  /** Forget every report (the forms were closed on purpose: saved, cancelled, deleted). */
  clear(): void
}

export function useDraftGuard(): DraftGuard {
  const dirty = useRef(new Set<string>())
  return useMemo(
    () => ({
      report: (key, isDirty) => {
        if (isDirty) dirty.current.add(key)
        else dirty.current.delete(key)
      },
      pending: () => dirty.current.size > 0,
      // A yes does not mark anything clean: the form that held the draft reports so as it closes
      // (useReportDraft), and a form still on screen keeps its draft guarded.
      mayDiscard: () => dirty.current.size === 0 || window.confirm(i18n.t('common.discardDraft')),
      clear: () => dirty.current.clear()
    }),
    []
  )
}

/** Keeps the guard told about one form's draft; an unmounted form holds nothing. */
export function useReportDraft(guard: DraftGuard | undefined, key: string, dirty: boolean): void {
  const report = useCallback((d: boolean) => guard?.report(key, d), [guard, key])
  useEffect(() => {
    report(dirty)
  }, [report, dirty])
  useEffect(() => () => report(false), [report])
}

// One guard for the whole app: the forms of the open view report to it, and whatever replaces the view
// (the sidebar, a menu command, opening an article) asks it first. One view is open at a time, so one
// set of reports is enough.
const Shared = createContext<DraftGuard | null>(null)

export function DraftGuardProvider({ children }: { children: React.ReactNode }): React.JSX.Element {
  const guard = useDraftGuard()
  return createElement(Shared.Provider, { value: guard }, children)
}

/** The app's guard; outside the provider (a form rendered alone in a test) a private one. */
export function useSharedDraftGuard(): DraftGuard {
  const own = useDraftGuard()
  return useContext(Shared) ?? own
}
