// One import job for the whole app, so progress and the batch log survive moving between views.
import { createContext, useContext } from 'react'
import { useImport, type ImportJob } from './use-import'

const Ctx = createContext<ImportJob | null>(null)

export function ImportProvider({ children }: { children: React.ReactNode }): React.JSX.Element {
  const job = useImport()
  return <Ctx.Provider value={job}>{children}</Ctx.Provider>
}

export function useImportJob(): ImportJob {
  const v = useContext(Ctx)
  if (!v) throw new Error('useImportJob outside ImportProvider')
  return v
}
