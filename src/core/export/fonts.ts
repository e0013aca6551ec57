// Be Vietnam Pro from its npm package: the TTF files Folio embeds (as subsets) in every PDF it writes;
// Noto Sans for the letters Be Vietnam Pro lacks (Greek, Cyrillic, phonetic and rarer Latin letters),
// which would otherwise vanish from the page and from its copied text.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { FolioError } from '../errors'

export const FONT_FILES = {
  regular: '400Regular/BeVietnamPro_400Regular.ttf',
  italic: '400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf',
  semibold: '600SemiBold/BeVietnamPro_600SemiBold.ttf',
  bold: '700Bold/BeVietnamPro_700Bold.ttf'
} as const

export type FontKey = keyof typeof FONT_FILES

/** The same four faces of Noto Sans. */
export const FALLBACK_FILES: Record<FontKey, string> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  semibold: '600SemiBold/NotoSans_600SemiBold.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf'
}

const cache = new Map<string, Buffer>()

function readFont(pkg: string, file: string, family: string): Buffer {
  let bytes = cache.get(`${pkg}/${file}`)
  if (!bytes) {
    try {
      const require = createRequire(__filename)
      bytes = readFileSync(require.resolve(`${pkg}/${file}`))
    } catch {
      throw new FolioError('internal', `The ${family} font is missing: reinstall Folio (npm package ${pkg}).`)
    }
    cache.set(`${pkg}/${file}`, bytes)
  }
  return bytes
}

/** The bytes of one face, read once per process (each PDF embeds only the glyphs it uses). */
export function fontBytes(key: FontKey): Buffer {
  return readFont('@expo-google-fonts/be-vietnam-pro', FONT_FILES[key], 'Be Vietnam Pro')
}

/** The bytes of the fallback face for `key`. */
export function fallbackFontBytes(key: FontKey): Buffer {
  return readFont('@expo-google-fonts/noto-sans', FALLBACK_FILES[key], 'Noto Sans')
}
