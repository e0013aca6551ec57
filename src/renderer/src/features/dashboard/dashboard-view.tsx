// The dashboard: passages per theme, per month, per source, theme co-occurrence and coverage of the open
// article — every mark clickable to the passages behind it.
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { folioApi } from '../../api/folio-api'
import { qk } from '../../api/query-keys'
import { useThemeName, useThemes } from '../../api/use-folio'
import { ErrorLine } from '../../components/error-line'
import { useAppState } from '../../lib/app-state'
import { CooccurrenceGrid } from './cooccurrence-grid'
import { DrillDown, type DrillFilter } from './drill-down'

const AXIS = { fontSize: 12, fill: '#5c584f' }

export function DashboardView(): React.JSX.Element {
  const { t } = useTranslation()
  const themes = useThemes()
  const name = useThemeName()
  const state = useAppState()
  const [drill, setDrill] = useState<DrillFilter | null>(null)
  const api = folioApi()
  const perTheme = useQuery({ queryKey: [...qk.analysis, 'theme'], queryFn: () => api.passagesPerTheme() })
  const perMonth = useQuery({ queryKey: [...qk.analysis, 'month'], queryFn: () => api.passagesPerMonth() })
  const perSource = useQuery({ queryKey: [...qk.analysis, 'source'], queryFn: () => api.passagesPerSource() })
  const cooc = useQuery({
    queryKey: [...qk.analysis, 'cooc'],
    queryFn: () => api.themeCooccurrence({ level: 'passage' })
  })
  const articleId = state.articleId
  const coverage = useQuery({
    queryKey: [...qk.analysis, 'coverage', articleId],
    queryFn: () => api.coverage({ articleId: articleId as number }),
    enabled: articleId != null
  })

  const themeData = themes.map((th) => ({
    id: th.id,
    label: name(th),
    color: th.color,
    count: perTheme.data?.find((c) => c.themeId === th.id)?.count ?? 0
  }))
  const months = [...new Set((perMonth.data ?? []).map((m) => m.month))].sort()
  const monthData = months.map((month) => {
    const row: Record<string, string | number> = { month }
    for (const th of themes)
      row[`t${th.id}`] = perMonth.data?.find((m) => m.month === month && m.themeId === th.id)?.count ?? 0
    return row
  })
  const sources = [...new Set((perSource.data ?? []).map((s) => s.source ?? ''))]
  const sourceData = sources.map((source) => {
    const row: Record<string, string | number> = { source: source || t('common.unknownSource'), raw: source }
    for (const th of themes)
      row[`t${th.id}`] =
        perSource.data?.find((s) => (s.source ?? '') === source && s.themeId === th.id)?.count ?? 0
    return row
  })
  const total = themeData.reduce((a, b) => a + b.count, 0)

  return (
    <div className="view dashboard">
      <div className="view-head">
        <h1>{t('dashboard.title')}</h1>
        <span className="muted small">{t('dashboard.chartHint')}</span>
      </div>
      <ErrorLine error={perTheme.error ?? perMonth.error ?? perSource.error ?? cooc.error} />
      {perTheme.data && total === 0 && <p className="muted">{t('dashboard.empty')}</p>}
      <div className="chart-grid">
        <section className="card chart-card" aria-labelledby="ch-theme" data-testid="chart-per-theme">
          <h2 id="ch-theme">{t('dashboard.perTheme')}</h2>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={themeData} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={AXIS} interval={0} />
              <YAxis allowDecimals={false} tick={AXIS} width={32} />
              <Tooltip />
              <Bar
                dataKey="count"
                name={t('reader.passages')}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(d: { payload?: { id: number; label: string } }) =>
                  d.payload && setDrill({ label: d.payload.label, themeId: d.payload.id })
                }
              >
                {themeData.map((d) => (
                  <Cell key={d.id} fill={d.color} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <div className="row chart-keys">
            {themeData.map((d) => (
              <button
                key={d.id}
                type="button"
                className="pill"
                onClick={() => setDrill({ label: d.label, themeId: d.id })}
              >
                <span className="theme-dot" style={{ background: d.color }} aria-hidden="true" />
                {d.label}: {d.count}
              </button>
            ))}
          </div>
        </section>
        <section className="card chart-card" aria-labelledby="ch-month">
          <h2 id="ch-month">{t('dashboard.perMonth')}</h2>
          {perMonth.data?.length === 0 && <p className="muted small">{t('dashboard.noMonths')}</p>}
          <ResponsiveContainer width="100%" height={monthData.length ? 240 : 0}>
            <BarChart data={monthData} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="month" tick={AXIS} />
              <YAxis allowDecimals={false} tick={AXIS} width={32} />
              <Tooltip />
              {themes.map((th) => (
                <Bar
                  key={th.id}
                  dataKey={`t${th.id}`}
                  name={name(th)}
                  stackId="m"
                  fill={th.color}
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={(d: { payload?: { month: string } }) =>
                    d.payload &&
                    setDrill({
                      label: `${name(th)} · ${d.payload.month}`,
                      themeId: th.id,
                      month: d.payload.month
                    })
                  }
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </section>
        <section className="card chart-card" aria-labelledby="ch-source">
          <h2 id="ch-source">{t('dashboard.perSource')}</h2>
          <ResponsiveContainer width="100%" height={Math.max(160, sourceData.length * 36 + 40)}>
            <BarChart data={sourceData} layout="vertical" margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={AXIS} />
              <YAxis type="category" dataKey="source" tick={AXIS} width={120} />
              <Tooltip />
              {themes.map((th) => (
                <Bar
                  key={th.id}
                  dataKey={`t${th.id}`}
                  name={name(th)}
                  stackId="s"
                  fill={th.color}
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={(d: { payload?: { source: string; raw: string } }) =>
                    d.payload &&
                    setDrill({
                      label: `${name(th)} · ${d.payload.source}`,
                      themeId: th.id,
                      source: d.payload.raw || null
                    })
                  }
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </section>
        <section className="card chart-card" aria-labelledby="ch-cooc">
          <h2 id="ch-cooc">{t('dashboard.cooccurrence')}</h2>
          <CooccurrenceGrid
            themes={themes}
            pairs={cooc.data ?? []}
            caption={t('dashboard.cooccurrence')}
            onPick={(a, b) =>
              setDrill({ label: `${name(a)} + ${name(b)}`, themeId: a.id, alsoThemeId: b.id })
            }
          />
        </section>
        {articleId != null && (
          <section className="card chart-card" aria-labelledby="ch-coverage">
            <h2 id="ch-coverage">{t('dashboard.coverage')}</h2>
            {coverage.data?.length === 0 && <p className="muted small">{t('dashboard.empty')}</p>}
            <ErrorLine error={coverage.error} />
            <ul className="coverage-list">
              {(coverage.data ?? []).map((c) => {
                const th = themes.find((x) => x.id === c.themeId)
                return (
                  <li key={c.themeId}>
                    <button
                      type="button"
                      className="coverage-row"
                      onClick={() =>
                        setDrill({
                          label: `${name(th)} · ${Math.round(c.share * 100)}%`,
                          themeId: c.themeId,
                          articleId
                        })
                      }
                    >
                      <span>{name(th)}</span>
                      <span className="coverage-track">
                        <span
                          className="coverage-fill"
                          style={{ width: `${Math.round(c.share * 100)}%`, background: th?.color }}
                        />
                      </span>
                      <span className="small">{Math.round(c.share * 100)}%</span>
                    </button>
                  </li>
                )
              })}
            </ul>
          </section>
        )}
      </div>
      {drill && <DrillDown filter={drill} onClose={() => setDrill(null)} />}
    </div>
  )
}
