// Every benchmark task, in the order the table prints them.
import type { BenchTask } from '../bench-types'
import { importText } from './import-text'
import { importHtml } from './import-html'
import { openArchiveTask } from './open-archive'
import { searchTask } from './search'
import { passagesTask } from './passages'
import { pdfTask } from './pdf'

export const TASKS: BenchTask[] = [importText, importHtml, openArchiveTask, searchTask, passagesTask, pdfTask]
