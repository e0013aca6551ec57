// Theme co-occurrence as a heat map: a table of buttons (keyboard-reachable), darker for more.
import type { Cooccurrence, Theme } from '../../../../shared/api'
import { useThemeName } from '../../api/use-folio'

export function CooccurrenceGrid(props: {
  themes: Theme[]
  pairs: Cooccurrence[]
  onPick: (a: Theme, b: Theme) => void
  caption: string
}): React.JSX.Element {
  const name = useThemeName()
  const count = (a: number, b: number): number =>
    props.pairs.find((p) => (p.themeA === a && p.themeB === b) || (p.themeA === b && p.themeB === a))
      ?.count ?? 0
  const max = Math.max(1, ...props.pairs.map((p) => p.count))
  return (
    <table className="heat-map">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <td />
          {props.themes.map((th) => (
            <th key={th.id} scope="col">
              {name(th)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.themes.map((row) => (
          <tr key={row.id}>
            <th scope="row">{name(row)}</th>
            {props.themes.map((col) => {
              const n = count(row.id, col.id)
              const strength = n / max
              return (
                <td key={col.id}>
                  <button
                    type="button"
                    className="heat-cell"
                    style={{
                      background: `rgba(31, 95, 139, ${0.06 + strength * 0.8})`,
                      color: strength > 0.5 ? '#fff' : 'var(--text)'
                    }}
                    aria-label={`${name(row)} + ${name(col)}: ${n}`}
                    onClick={() => props.onPick(row, col)}
                  >
                    {n}
                  </button>
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
