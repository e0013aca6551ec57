// A numbered schema step. Each runs in its own transaction; versions are consecutive from 1.
import type { DB } from '../connection'

export interface Migration {
  version: number
  name: string
  up(db: DB): void
}
