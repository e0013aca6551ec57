// The ordered list of migrations. Append only: never edit a migration that has shipped.
import type { Migration } from './types'
import { migration0001 } from './0001-initial'
import { migration0002 } from './0002-default-codebook'
import { migration0003 } from './0003-import-original-name'
import { migration0004 } from './0004-search-language-index'
import { migration0005 } from './0005-article-search-keys'

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005
]

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version
