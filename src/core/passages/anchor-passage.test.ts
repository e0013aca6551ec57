// Table-driven re-anchoring over real edits of a Vietnamese news text.
import { describe, expect, it } from 'vitest'
import { anchorPassage } from './anchor-passage'
import { selectorFor } from './quote-selector'

const P1 =
  'Thành phố Vĩnh Long vừa tổ chức hội nghị tổng kết công tác liên kết vùng năm 2024 với sự tham dự của lãnh đạo các tỉnh lân cận.'
const P2 =
  'Trong năm qua, tỉnh đã ký kết 12 thỏa thuận hợp tác với các địa phương trong vùng Đồng bằng sông Cửu Long, tập trung vào giao thông và thủy lợi.'
const P3 =
  'Về đối ngoại, tỉnh đón 30 đoàn khách quốc tế và ký bản ghi nhớ với hai thành phố của Nhật Bản về đào tạo nghề.'
const P4 =
  'Trong thời gian tới, tỉnh sẽ tiếp tục mở rộng hợp tác với các đối tác mới. Trong thời gian tới, tỉnh cũng sẽ ưu tiên nguồn lực cho hạ tầng số.'
const TEXT = [P1, P2, P3, P4].join('\n\n')

interface Case {
  name: string
  /** The passage: the n-th (0-based) occurrence of this quote in TEXT. */
  quote: string
  occurrence?: number
  /** The article as it was when the passage was made, if not TEXT. */
  base?: (t: string) => string
  edit: (t: string) => string
  expect: 'position' | 'quote' | 'fuzzy' | 'orphan'
  /** What the passage covers after re-anchoring. */
  text?: string
  /** For a repeated quote: which occurrence in the edited text it must land on. */
  landsOn?: number
}

function nth(text: string, quote: string, n: number): number {
  let at = -1
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(quote, at + 1)
    if (at < 0) throw new Error(`fixture: "${quote}" #${n} not found`)
  }
  return at
}

const QUOTE2 = 'ký kết 12 thỏa thuận hợp tác với các địa phương trong vùng'
const REPEATED = 'Trong thời gian tới, tỉnh'

const CASES: Case[] = [
  { name: 'unchanged text', quote: QUOTE2, edit: (t) => t, expect: 'position', text: QUOTE2 },
  {
    name: 'insertion after the passage',
    quote: QUOTE2,
    edit: (t) => t + '\n\nBài viết được cập nhật lúc 10 giờ.',
    expect: 'position',
    text: QUOTE2
  },
  {
    name: 'insertion before the passage (a new first paragraph)',
    quote: QUOTE2,
    edit: (t) => 'Tin cập nhật: số liệu đã được Sở Kế hoạch xác nhận.\n\n' + t,
    expect: 'quote',
    text: QUOTE2
  },
  {
    name: 'insertion before the passage in the same paragraph',
    quote: QUOTE2,
    edit: (t) => t.replace('Trong năm qua, tỉnh', 'Trong năm qua, dù gặp nhiều khó khăn, tỉnh'),
    expect: 'quote',
    text: QUOTE2
  },
  {
    name: 'deletion before the passage (the first paragraph removed)',
    quote: QUOTE2,
    edit: (t) => t.replace(P1 + '\n\n', ''),
    expect: 'quote',
    text: QUOTE2
  },
  {
    name: 'insertion inside the passage',
    quote: QUOTE2,
    edit: (t) => t.replace('12 thỏa thuận hợp tác', '12 thỏa thuận hợp tác toàn diện'),
    expect: 'fuzzy',
    text: 'ký kết 12 thỏa thuận hợp tác toàn diện với các địa phương trong vùng'
  },
  {
    name: 'deletion inside the passage',
    quote: QUOTE2,
    edit: (t) => t.replace('với các địa phương trong vùng', 'với địa phương trong vùng'),
    expect: 'fuzzy',
    text: 'ký kết 12 thỏa thuận hợp tác với địa phương trong vùng'
  },
  {
    name: 'a word corrected inside the passage',
    quote: 'ký kết 12 thỏa thuận hợp tát với các địa phương',
    base: (t) => t.replace('hợp tác với các địa', 'hợp tát với các địa'),
    edit: (t) => t.replace('hợp tát', 'hợp tác'),
    expect: 'fuzzy',
    text: 'ký kết 12 thỏa thuận hợp tác với các địa phương'
  },
  {
    name: 'a number replaced inside the passage and text inserted before it',
    quote: QUOTE2,
    edit: (t) => ('Cập nhật.\n\n' + t).replace('ký kết 12', 'ký kết 14'),
    expect: 'fuzzy',
    text: 'ký kết 14 thỏa thuận hợp tác với các địa phương trong vùng'
  },
  {
    name: 'a short passage with one word replaced keeps its place by its context',
    quote: 'đào tạo nghề',
    edit: (t) => t.replace('đào tạo nghề', 'đào tạo nhân lực'),
    expect: 'fuzzy',
    text: 'đào tạo nhân lực'
  },
  {
    name: 'a word replaced at the start of the passage',
    quote: 'Về đối ngoại, tỉnh đón 30 đoàn khách quốc tế',
    edit: (t) => t.replace('Về đối ngoại', 'Về công tác đối ngoại'),
    expect: 'fuzzy',
    text: 'Về công tác đối ngoại, tỉnh đón 30 đoàn khách quốc tế'
  },
  {
    name: 'spacing tidied inside the passage',
    quote: 'tập trung vào giao thông  và thủy lợi',
    base: (t) => t.replace('giao thông và', 'giao thông  và'),
    edit: (t) => t.replace('giao thông  và', 'giao thông và'),
    expect: 'fuzzy',
    text: 'tập trung vào giao thông và thủy lợi'
  },
  {
    name: 'a clause deleted from the end of a long passage',
    quote: P2,
    edit: (t) => t.replace(', tập trung vào giao thông và thủy lợi.', '.'),
    expect: 'fuzzy',
    text: 'Trong năm qua, tỉnh đã ký kết 12 thỏa thuận hợp tác với các địa phương trong vùng Đồng bằng sông Cửu Long.'
  },
  {
    name: 'the quote occurs twice: the second copy stays the second after an insertion',
    quote: REPEATED,
    occurrence: 1,
    edit: (t) => t.replace(P1, P1 + ' Hội nghị kéo dài một ngày.'),
    expect: 'quote',
    landsOn: 1
  },
  {
    name: 'the quote occurs twice: the first copy stays the first after an insertion',
    quote: REPEATED,
    occurrence: 0,
    edit: (t) => 'Tin mới.\n\n' + t,
    expect: 'quote',
    landsOn: 0
  },
  {
    name: 'the quote occurs twice and the tagged copy was edited: it is not swapped for the other copy',
    quote: 'Trong thời gian tới, tỉnh cũng sẽ ưu tiên',
    edit: (t) => ('Tin mới.\n\n' + t).replace('tỉnh cũng sẽ ưu tiên', 'tỉnh cũng sẽ luôn ưu tiên'),
    expect: 'fuzzy',
    text: 'Trong thời gian tới, tỉnh cũng sẽ luôn ưu tiên'
  },
  {
    name: 'the whole paragraph removed',
    quote: QUOTE2,
    edit: (t) => t.replace(P2 + '\n\n', ''),
    expect: 'orphan'
  },
  {
    name: 'the whole paragraph rewritten',
    quote: P3,
    edit: (t) =>
      t.replace(
        P3,
        'Năm nay, lượng khách du lịch đến tỉnh tăng mạnh nhờ các lễ hội văn hóa được tổ chức liên tục.'
      ),
    expect: 'orphan'
  },
  {
    name: 'a short passage whose paragraph was removed',
    quote: 'đào tạo nghề',
    edit: (t) => t.replace('\n\n' + P3, ''),
    expect: 'orphan'
  },
  { name: 'the text emptied', quote: QUOTE2, edit: () => '', expect: 'orphan' }
]

describe('anchorPassage', () => {
  it.each(CASES)('$name → $expect', (c) => {
    const base = c.base ? c.base(TEXT) : TEXT
    const start = nth(base, c.quote, c.occurrence ?? 0)
    const selector = selectorFor(base, start, start + c.quote.length)
    const edited = c.edit(base)
    const result = anchorPassage(edited, selector)
    if (c.expect === 'orphan') {
      expect(result.status).toBe('orphan')
      return
    }
    expect(result.status).toBe('anchored')
    if (result.status !== 'anchored') return
    expect(result.method).toBe(c.expect)
    const covered = edited.slice(result.start, result.end)
    if (c.text !== undefined) expect(covered).toBe(c.text)
    if (c.landsOn !== undefined) {
      expect(covered).toBe(c.quote)
      expect(result.start).toBe(nth(edited, c.quote, c.landsOn))
    }
  })
})
