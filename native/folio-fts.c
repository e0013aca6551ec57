/*
** Folio's ranking for the articles_fts index, as a SQLite loadable extension (folio-fts).
**
** Search ranks its matches first by how many pairs of the typed words stand side by side in the
** article, then by bm25 with the title weighted above the body. In SQL that costs a second full
** phrase query per pair, and bm25 looks up every matching article's length in the docsize table:
** for two of the commonest words (about 98,000 matches) those lookups are most of the query. Here
** both keys come from the one pass FTS5 already makes over the matches:
**
**   folio_adjacent(articles_fts, pairs)         how many (a, b) phrase pairs of `pairs` (a blob of
**                                               phrase-index bytes a0 b0 a1 b1 …) stand side by side
**   folio_rank(articles_fts, w_title, w_body[, plain])
**                                               -bm25(articles_fts, w_title, w_body), to the bit
**   folio_ranked_rows()                         how many rows the last ranking query ranked: the
**                                               total of the matches, without counting them again
**
** folio_adjacent reads the positions of each pair's phrases in the current row, counting them per
** column as it goes; folio_rank, called next on the same row (SQLite evaluates ORDER BY adjacent,
** score in that order), takes those counts instead of walking the lists a second time.
**
** bm25 counts, on a query's first row, the articles holding each phrase (its idf): a whole pass over
** the phrase's entries, long for common words. For the phrases listed in `plain` (a blob of phrase
** indexes; a prefix phrase must not be listed, its tokens alone do not say it is one) the counts are
** kept per connection, by the phrase's tokens, until the database changes. Paging through results
** or searching the same word again then skips that pass.
**
** Once a query has ranked BROAD_ROWS rows, every article's length is read into memory in one scan
** and kept for the connection until the database changes (its data version or this connection's
** change count moves). Nothing is kept while the connection is inside a write transaction, whose
** reads a rollback could undo without moving either.
**
** The functions serve Folio's one index: lengths come from main.articles_fts_docsize, and article
** counts are keyed by a phrase's tokens alone (Folio's queries have no column filters). They are not
** meant for another FTS5 table on the same connection. src/core/db/native-fts.ts loads this; without
** it Folio ranks in SQL.
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include <math.h>
#include <string.h>

/* A query that has ranked this many rows reads all article lengths at once from then on. */
#define BROAD_ROWS 2000
/* Article lengths are kept in an array indexed by rowid; not when rowids are this much sparser. */
#define MAX_SPARSENESS 4
/* The two columns of articles_fts: title, body. */
#define N_COL 2
/* Phrase counts kept per connection; the oldest half is dropped when full. */
#define MAX_COUNTS 1024

typedef struct Lengths {
  int *len;                    /* tokens per article, -1 where no row; indexed by rowid - base */
  sqlite3_int64 base, n;
  unsigned int dataVersion;    /* SQLITE_FCNTL_DATA_VERSION when read */
  sqlite3_int64 changes;       /* sqlite3_total_changes64 when read */
} Lengths;

/* One phrase in one row: its positions (column << 32 | offset, ascending) and how many per column
** (the last entry: any further column). */
typedef struct ColumnCounts {
  int n[N_COL + 1];
  sqlite3_int64 *at;
  int nAt, cap;
  int counted;                 /* filled for the current row */
} ColumnCounts;

/* Column counts folio_adjacent made for one row of one live query, for folio_rank to reuse. */
typedef struct RowCounts {
  const Fts5Context *fts;      /* the query's cursor; 0 when nothing is kept */
  sqlite3_int64 rowid;
  ColumnCounts *phrase;
  int nPhrase;                 /* allocated entries of phrase[] */
} RowCounts;

/* How many articles hold a phrase, by its tokens (each followed by a 0x01 byte). */
typedef struct PhraseCount {
  char *key;
  int nKey;
  sqlite3_int64 articles;
} PhraseCount;

typedef struct Counts {
  PhraseCount *at;
  int n;
  unsigned int dataVersion;
  sqlite3_int64 changes;
} Counts;

/* One per connection: the user data of the three functions. */
typedef struct Conn {
  sqlite3 *db;
  Lengths lengths;             /* len is 0 when not held */
  Counts counts;
  sqlite3_int64 ranked;        /* rows ranked by the current or last ranking query */
  RowCounts row;
} Conn;

/* Per query of folio_rank (FTS5 auxdata): what bm25 computes once, and the row count so far. */
typedef struct Query {
  int nPhrase;
  double avgdl;
  double *idf;
  double *freq;
  sqlite3_int64 rows;
  int lengthsChecked;
} Query;

/* Per query of folio_adjacent (FTS5 auxdata): forgets the kept counts when the query ends. */
typedef struct Keeper {
  Conn *conn;
  const Fts5Context *fts;
} Keeper;

static void dropLengths(Conn *c) {
  sqlite3_free(c->lengths.len);
  memset(&c->lengths, 0, sizeof c->lengths);
}

static void dropCounts(Conn *c, int keep) {
  if (!c->counts.at) return;
  for (int i = 0; i < c->counts.n - keep; i++) sqlite3_free(c->counts.at[i].key);
  memmove(c->counts.at, c->counts.at + c->counts.n - keep, sizeof(PhraseCount) * (size_t)keep);
  c->counts.n = keep;
}

static void connDestroy(void *p) {
  Conn *c = (Conn *)p;
  dropLengths(c);
  dropCounts(c, 0);
  sqlite3_free(c->counts.at);
  for (int i = 0; i < c->row.nPhrase; i++) sqlite3_free(c->row.phrase[i].at);
  sqlite3_free(c->row.phrase);
  sqlite3_free(c);
}

static void keeperFree(void *p) {
  Keeper *k = (Keeper *)p;
  if (k->conn->row.fts == k->fts) k->conn->row.fts = 0;
  sqlite3_free(k);
}

/*
** Whether this connection is inside a write transaction: what it reads there may still be rolled back,
** and a rollback moves neither the data version nor the change count, so nothing read then is kept.
*/
static int writing(sqlite3 *db) {
  return sqlite3_txn_state(db, "main") == SQLITE_TXN_WRITE;
}

/* The database's version as this connection sees it: another connection's commit or its own change. */
static void dbVersion(sqlite3 *db, unsigned int *dv, sqlite3_int64 *changes) {
  *dv = 0;
  sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, dv);
  *changes = sqlite3_total_changes64(db);
}

/* SQLite's varint (big-endian groups of 7 bits, the 9th byte whole), as FTS5 writes doc sizes. */
static int readVarint(const unsigned char *p, int n, sqlite3_uint64 *v) {
  sqlite3_uint64 x = 0;
  for (int i = 0; i < n && i < 9; i++) {
    if (i == 8) { *v = (x << 8) | p[i]; return 9; }
    x = (x << 7) | (p[i] & 0x7f);
    if (!(p[i] & 0x80)) { *v = x; return i + 1; }
  }
  *v = x;
  return n < 9 ? n : 9;
}

/* Reads every article's length (all columns) from the docsize table. Leaves len 0 on failure. */
static void readLengths(Conn *c) {
  sqlite3_stmt *st = 0;
  sqlite3_int64 lo = 0, hi = 0, count = 0;
  int *len = 0;
  if (sqlite3_prepare_v2(c->db, "SELECT min(id), max(id), count(*) FROM main.articles_fts_docsize", -1,
                         &st, 0) != SQLITE_OK) goto done;
  if (sqlite3_step(st) != SQLITE_ROW || sqlite3_column_type(st, 0) == SQLITE_NULL) goto done;
  lo = sqlite3_column_int64(st, 0);
  hi = sqlite3_column_int64(st, 1);
  count = sqlite3_column_int64(st, 2);
  sqlite3_finalize(st);
  st = 0;
  /* unsigned: ids far apart (a crafted archive) must not wrap the span into a small allocation */
  if (hi < lo || (sqlite3_uint64)hi - (sqlite3_uint64)lo >= (sqlite3_uint64)(MAX_SPARSENESS * count + 1024)) {
    goto done;
  }
  len = sqlite3_malloc64(sizeof(int) * ((sqlite3_uint64)hi - (sqlite3_uint64)lo + 1));
  if (!len) goto done;
  memset(len, 0xff, sizeof(int) * (size_t)((sqlite3_uint64)hi - (sqlite3_uint64)lo + 1));
  if (sqlite3_prepare_v2(c->db, "SELECT id, sz FROM main.articles_fts_docsize", -1, &st, 0) != SQLITE_OK) {
    goto done;
  }
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    sqlite3_int64 id = sqlite3_column_int64(st, 0);
    const unsigned char *sz = sqlite3_column_blob(st, 1);
    int nb = sqlite3_column_bytes(st, 1), at = 0;
    sqlite3_uint64 total = 0, v;
    while (at < nb) { at += readVarint(sz + at, nb - at, &v); total += v; }
    if (id >= lo && id <= hi) len[id - lo] = (int)total;
  }
  if (rc != SQLITE_DONE) goto done;
  c->lengths.len = len;
  len = 0;
  c->lengths.base = lo;
  c->lengths.n = hi - lo + 1;
  dbVersion(c->db, &c->lengths.dataVersion, &c->lengths.changes);
done:
  sqlite3_free(len);
  sqlite3_finalize(st);
}

static int countHit(const Fts5ExtensionApi *api, Fts5Context *fts, void *p) {
  (void)api;
  (void)fts;
  (*(sqlite3_int64 *)p)++;
  return SQLITE_OK;
}

/* The key of phrase i (its tokens), in buf; 0 when it does not fit or cannot be read. */
static int phraseKey(const Fts5ExtensionApi *api, Fts5Context *fts, int i, char *buf, int cap) {
  if (api->iVersion < 3) return 0;
  int n = 0;
  for (int t = 0; t < api->xPhraseSize(fts, i); t++) {
    const char *tok;
    int nTok;
    if (api->xQueryToken(fts, i, t, &tok, &nTok) != SQLITE_OK || n + nTok + 1 > cap) return 0;
    memcpy(buf + n, tok, (size_t)nTok);
    n += nTok;
    buf[n++] = 0x01;
  }
  return n;
}

/* How many articles hold phrase i: kept from before when `plain` lists it, else counted (and kept). */
static int phraseArticles(const Fts5ExtensionApi *api, Fts5Context *fts, Conn *c, int i, int plain,
                          sqlite3_int64 *articles) {
  char key[512];
  int nKey = plain ? phraseKey(api, fts, i, key, sizeof key) : 0;
  for (int k = 0; k < (nKey ? c->counts.n : 0); k++) {
    if (c->counts.at[k].nKey == nKey && memcmp(c->counts.at[k].key, key, (size_t)nKey) == 0) {
      *articles = c->counts.at[k].articles;
      return SQLITE_OK;
    }
  }
  *articles = 0;
  int rc = api->xQueryPhrase(fts, i, (void *)articles, countHit);
  if (rc != SQLITE_OK || !nKey) return rc;
  if (!c->counts.at) {
    c->counts.at = sqlite3_malloc64(sizeof(PhraseCount) * MAX_COUNTS);
    if (!c->counts.at) return SQLITE_OK;
  }
  if (c->counts.n == MAX_COUNTS) dropCounts(c, MAX_COUNTS / 2);
  char *copy = sqlite3_malloc(nKey);
  if (!copy) return SQLITE_OK;
  memcpy(copy, key, (size_t)nKey);
  c->counts.at[c->counts.n++] = (PhraseCount){copy, nKey, *articles};
  return SQLITE_OK;
}

static int listed(sqlite3_value *blob, int i) {
  if (!blob || sqlite3_value_type(blob) != SQLITE_BLOB) return 0;
  const unsigned char *p = sqlite3_value_blob(blob);
  for (int k = 0; k < sqlite3_value_bytes(blob); k++) if (p[k] == i) return 1;
  return 0;
}

/* The query's idf per phrase and average length, computed on its first row as bm25 does. */
static int queryOf(const Fts5ExtensionApi *api, Fts5Context *fts, Conn *c, sqlite3_value *plain, Query **out) {
  Query *q = (Query *)api->xGetAuxdata(fts, 0);
  if (q) { *out = q; return SQLITE_OK; }
  int n = api->xPhraseCount(fts);
  q = sqlite3_malloc64(sizeof(Query) + 2 * sizeof(double) * (sqlite3_uint64)(n > 0 ? n : 1));
  if (!q) return SQLITE_NOMEM;
  memset(q, 0, sizeof(Query));
  q->nPhrase = n;
  q->idf = (double *)&q[1];
  q->freq = q->idf + n;
  sqlite3_int64 nRow = 0, nTok = 0;
  int rc = api->xRowCount(fts, &nRow);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &nTok);
  if (rc == SQLITE_OK) q->avgdl = (double)nTok / (double)nRow;
  unsigned int dv;
  sqlite3_int64 changes;
  dbVersion(c->db, &dv, &changes);
  int keep = !writing(c->db);
  if (!keep || dv != c->counts.dataVersion || changes != c->counts.changes) {
    dropCounts(c, 0);
    c->counts.dataVersion = dv;
    c->counts.changes = changes;
  }
  for (int i = 0; rc == SQLITE_OK && i < n; i++) {
    sqlite3_int64 hits = 0;
    rc = phraseArticles(api, fts, c, i, keep && listed(plain, i), &hits);
    double idf = log(((double)nRow - (double)hits + 0.5) / ((double)hits + 0.5));
    q->idf[i] = idf <= 0.0 ? 1e-6 : idf; /* bm25's floor for words in over half the articles */
  }
  if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, q, sqlite3_free);
  else sqlite3_free(q);
  if (rc != SQLITE_OK) return rc;
  c->ranked = 0;
  *out = q;
  return SQLITE_OK;
}

/* The current row's length in tokens: from memory when held and current, else from FTS5. */
static int rowLength(const Fts5ExtensionApi *api, Fts5Context *fts, Conn *c, Query *q, int *nTok) {
  if (q->rows >= BROAD_ROWS && !q->lengthsChecked) {
    q->lengthsChecked = 1;
    if (writing(c->db)) {
      dropLengths(c);
      return api->xColumnSize(fts, -1, nTok);
    }
    unsigned int dv;
    sqlite3_int64 changes;
    dbVersion(c->db, &dv, &changes);
    if (c->lengths.len && (dv != c->lengths.dataVersion || changes != c->lengths.changes)) dropLengths(c);
    if (!c->lengths.len) readLengths(c);
  }
  if (q->lengthsChecked && c->lengths.len) {
    /* compared before subtracting: a rowid far from the held span must not overflow */
    sqlite3_int64 rowid = api->xRowid(fts);
    if (rowid >= c->lengths.base && rowid <= c->lengths.base + (c->lengths.n - 1)) {
      int held = c->lengths.len[rowid - c->lengths.base];
      if (held >= 0) {
        *nTok = held;
        return SQLITE_OK;
      }
    }
  }
  return api->xColumnSize(fts, -1, nTok);
}

/* Column counts of `phrase` that folio_adjacent made for the current row of this query, or 0. */
static const ColumnCounts *countedFor(const Fts5ExtensionApi *api, Fts5Context *fts, Conn *c, int phrase) {
  if (c->row.fts != fts || phrase >= c->row.nPhrase || c->row.rowid != api->xRowid(fts)) return 0;
  return c->row.phrase[phrase].counted ? &c->row.phrase[phrase] : 0;
}

/* `times` additions of w to f, as bm25 adds a column's weight once per occurrence (same result bits). */
static double addTimes(double f, double w, int times) {
  /* Integer weights (Folio's 10 and 1) sum exactly, so one multiplication gives the same bits. */
  if (w == (double)(sqlite3_int64)w && w >= -1048576.0 && w <= 1048576.0) {
    if (f == (double)(sqlite3_int64)f) return f + w * times;
  }
  for (int k = 0; k < times; k++) f += w;
  return f;
}

/* folio_rank(fts, w_title, w_body): -bm25 with these column weights, computed as FTS5's bm25 does. */
static void folioRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                      sqlite3_value **val) {
  Conn *c = (Conn *)api->xUserData(fts);
  Query *q;
  int rc = queryOf(api, fts, c, nVal > N_COL ? val[N_COL] : 0, &q);
  if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return; }
  double w[N_COL] = {1.0, 1.0};
  for (int i = 0; i < N_COL && i < nVal; i++) w[i] = sqlite3_value_double(val[i]);
  for (int i = 0; i < q->nPhrase; i++) {
    double f = 0.0;
    const ColumnCounts *counted = countedFor(api, fts, c, i);
    if (counted) {
      /* positions come column by column, so bm25 adds the title's weights first, then the body's */
      for (int col = 0; col < N_COL; col++) f = addTimes(f, w[col], counted->n[col]);
      f = addTimes(f, 1.0, counted->n[N_COL]);
    } else {
      Fts5PhraseIter it;
      int col, off;
      rc = api->xPhraseFirst(fts, i, &it, &col, &off);
      if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return; }
      for (; col >= 0; api->xPhraseNext(fts, &it, &col, &off)) f += col < N_COL ? w[col] : 1.0;
    }
    q->freq[i] = f;
  }
  int nTok = 0;
  rc = rowLength(api, fts, c, q, &nTok);
  if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return; }
  const double k1 = 1.2, b = 0.75, D = (double)nTok;
  double score = 0.0;
  for (int i = 0; i < q->nPhrase; i++) {
    score += q->idf[i] * ((q->freq[i] * (k1 + 1.0)) / (q->freq[i] + k1 * (1 - b + b * D / q->avgdl)));
  }
  q->rows++;
  c->ranked = q->rows;
  sqlite3_result_double(ctx, score);
}

/* The current row's counts of `phrase`, made ready for filling (counted 0) or already made; 0 on OOM. */
static ColumnCounts *countsOf(const Fts5ExtensionApi *api, Fts5Context *fts, Conn *c, int phrase) {
  int n = api->xPhraseCount(fts);
  sqlite3_int64 rowid = api->xRowid(fts);
  if (c->row.nPhrase < n) {
    ColumnCounts *grown = sqlite3_realloc64(c->row.phrase, sizeof(ColumnCounts) * (sqlite3_uint64)n);
    if (!grown) return 0;
    memset(grown + c->row.nPhrase, 0, sizeof(ColumnCounts) * (size_t)(n - c->row.nPhrase));
    c->row.phrase = grown;
    c->row.nPhrase = n;
  }
  if (c->row.fts != fts || c->row.rowid != rowid) {
    for (int i = 0; i < c->row.nPhrase; i++) c->row.phrase[i].counted = 0;
    c->row.fts = fts;
    c->row.rowid = rowid;
  }
  return &c->row.phrase[phrase];
}

/* The positions and column counts of `phrase` in the current row, read once per row; 0 on OOM. */
static const ColumnCounts *positionsOf(const Fts5ExtensionApi *api, Fts5Context *fts, Conn *c, int phrase) {
  ColumnCounts *cc = countsOf(api, fts, c, phrase);
  if (!cc || cc->counted) return cc;
  Fts5PhraseIter it;
  int col, off;
  memset(cc->n, 0, sizeof cc->n);
  cc->nAt = 0;
  if (api->xPhraseFirst(fts, phrase, &it, &col, &off) != SQLITE_OK) col = -1;
  for (; col >= 0; api->xPhraseNext(fts, &it, &col, &off)) {
    if (cc->nAt == cc->cap) {
      int cap = cc->cap ? 2 * cc->cap : 64;
      sqlite3_int64 *grown = sqlite3_realloc64(cc->at, sizeof(sqlite3_int64) * (sqlite3_uint64)cap);
      if (!grown) return 0;
      cc->at = grown;
      cc->cap = cap;
    }
    cc->at[cc->nAt++] = ((sqlite3_int64)col << 32) + off;
    cc->n[col < N_COL ? col : N_COL]++;
  }
  cc->counted = 1;
  return cc;
}

/* Whether an occurrence of phrase b starts right where one of phrase a ends, in one column. */
static int standTogether(const Fts5ExtensionApi *api, Fts5Context *fts, Conn *c, int a, int b, int *oom) {
  const ColumnCounts *pa = positionsOf(api, fts, c, a);
  const ColumnCounts *pb = positionsOf(api, fts, c, b);
  if (!pa || !pb) { *oom = 1; return 0; }
  sqlite3_int64 size = api->xPhraseSize(fts, a);
  for (int i = 0, j = 0; i < pa->nAt && j < pb->nAt;) {
    sqlite3_int64 end = pa->at[i] + size;
    if (end == pb->at[j]) return 1;
    if (end < pb->at[j]) i++;
    else j++;
  }
  return 0;
}

/* folio_adjacent(fts, pairs): how many of the phrase pairs in the blob stand side by side. */
static void folioAdjacent(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                          sqlite3_value **val) {
  Conn *c = (Conn *)api->xUserData(fts);
  if (!api->xGetAuxdata(fts, 0)) {
    Keeper *k = sqlite3_malloc(sizeof(Keeper));
    if (!k) { sqlite3_result_error_nomem(ctx); return; }
    k->conn = c;
    k->fts = fts;
    int rc = api->xSetAuxdata(fts, k, keeperFree);
    if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return; }
  }
  int together = 0;
  if (nVal > 0 && sqlite3_value_type(val[0]) == SQLITE_BLOB) {
    const unsigned char *p = sqlite3_value_blob(val[0]);
    int n = sqlite3_value_bytes(val[0]), nPhrase = api->xPhraseCount(fts);
    for (int k = 0; k + 1 < n; k += 2) {
      if (p[k] >= nPhrase || p[k + 1] >= nPhrase) continue;
      int oom = 0;
      together += standTogether(api, fts, c, p[k], p[k + 1], &oom);
      if (oom) { sqlite3_result_error_nomem(ctx); return; }
    }
  }
  sqlite3_result_int(ctx, together);
}

static void folioRankedRows(sqlite3_context *ctx, int nArg, sqlite3_value **argv) {
  (void)nArg;
  (void)argv;
  sqlite3_result_int64(ctx, ((Conn *)sqlite3_user_data(ctx))->ranked);
}

static fts5_api *fts5Api(sqlite3 *db) {
  fts5_api *api = 0;
  sqlite3_stmt *st = 0;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, 0) == SQLITE_OK) {
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(st);
  }
  sqlite3_finalize(st);
  return api;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_foliofts_init(sqlite3 *db, char **err, const sqlite3_api_routines *routines) {
  SQLITE_EXTENSION_INIT2(routines);
  fts5_api *api = fts5Api(db);
  if (!api || api->iVersion < 2) {
    *err = sqlite3_mprintf("folio-fts: this SQLite has no FTS5");
    return SQLITE_ERROR;
  }
  Conn *c = sqlite3_malloc(sizeof(Conn));
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof(Conn));
  c->db = db;
  /*
  ** folio_rank owns the connection's state: FTS5 frees it with its functions when the connection
  ** closes, and never before (registering a function again under the same name adds an entry).
  ** A SQL function would free it as soon as someone redefined the name.
  */
  int rc = api->xCreateFunction(api, "folio_rank", c, folioRank, connDestroy);
  if (rc != SQLITE_OK) {
    connDestroy(c);
    return rc;
  }
  rc = api->xCreateFunction(api, "folio_adjacent", c, folioAdjacent, 0);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "folio_ranked_rows", 0, SQLITE_UTF8, c, folioRankedRows, 0, 0, 0);
  }
  return rc;
}
