// Broad words only change how the total is counted: the same page and total either way.
import { afterAll, describe, expect, it } from 'vitest'
import { BROAD_TOTAL, hasBroadWord, noteTotal, queryWords } from './broad-words'
import { parseQuery } from './query-parse'
import { search } from './search-archive'
import { openFixtureArchive } from './search-fixtures'

const fx = openFixtureArchive()
afterAll(() => fx.archive.close())

describe('broad words', () => {
  it('are learnt from a query whose total is above the threshold, not below it', () => {
    const db = fx.archive.db
    const words = queryWords(parseQuery('thuong mai "bien gioi" OR cua*')!)
    expect(words).toEqual(['thuong', 'mai', 'bien', 'gioi', 'cua'])
    noteTotal(db, ['hiem'], BROAD_TOTAL)
    expect(hasBroadWord(db, ['hiem'])).toBe(false)
    noteTotal(db, ['pho', 'bien'], BROAD_TOTAL + 1)
    expect(hasBroadWord(db, ['rat', 'bien'])).toBe(true)
  })

  it('give the same hits, total and cursor as the window count', () => {
    const db = fx.archive.db
    for (const query of ['hop tac', 'dang', 'hop*']) {
      const before = search(fx.archive, { query, limit: 2 })
      noteTotal(db, queryWords(parseQuery(query)!), BROAD_TOTAL + 1)
      const after = search(fx.archive, { query, limit: 2 })
      expect(after).toEqual(before)
      expect(before.total).toBeGreaterThan(0)
    }
  })
})
