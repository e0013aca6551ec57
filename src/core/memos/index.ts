// The memos API: notes on a theme, an article or the whole archive.
export {
  createMemo,
  updateMemo,
  deleteMemo,
  getMemo,
  listMemos,
  type Memo,
  type MemoTarget
} from './memo-store'
