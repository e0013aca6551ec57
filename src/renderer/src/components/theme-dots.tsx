// Small coloured dots naming the themes of an article or passage.
import type { Theme } from '../../../shared/api'
import { useThemeName } from '../api/use-folio'

export function ThemeDots({ ids, themes }: { ids: number[]; themes: Theme[] }): React.JSX.Element {
  const name = useThemeName()
  return (
    <span className="theme-dots">
      {ids.map((id) => {
        const theme = themes.find((th) => th.id === id)
        return (
          <span
            key={id}
            className="theme-dot"
            style={{ background: theme?.color ?? '#999' }}
            title={name(theme)}
            role="img"
            aria-label={name(theme)}
          />
        )
      })}
    </span>
  )
}
