// Be Vietnam Pro from its npm package: the TTF files Folio embeds (as subsets) in every PDF it writes.
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

const cache = new Map<FontKey, Buffer>()

/** The bytes of one face, read once per process (each PDF embeds only the glyphs it uses). */
export function fontBytes(key: FontKey): Buffer {
  let bytes = cache.get(key)
  if (!bytes) {
    try {
      const require = createRequire(__filename)
      bytes = readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${FONT_FILES[key]}`))
    } catch {
      throw new FolioError(
        'internal',
        'The Be Vietnam Pro font is missing: reinstall Folio (npm package @expo-google-fonts/be-vietnam-pro).'
      )
    }
    cache.set(key, bytes)
  }
  return bytes
}
