// The sizes the issues name: 10,000 and 100,000 articles, 5 passages each (500,000 at 100k).
import type { BenchArchiveSpec } from './bench-archive'

export const SMALL: BenchArchiveSpec = { articles: 10_000, passagesPerArticle: 5 }
export const LARGE: BenchArchiveSpec = { articles: 100_000, passagesPerArticle: 5 }
export const BENCH_SIZES = [SMALL, LARGE]
