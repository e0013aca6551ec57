// electron-builder.yml is valid for electron-builder's own schema and packages what the issue asks.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import yaml from 'js-yaml'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>
const targets = (section: string) => (config[section] as { target: string[] }).target

describe('electron-builder.yml', () => {
  it('validates against electron-builder’s configuration schema', () => {
    const schema = createRequire(import.meta.url)('app-builder-lib/scheme.json')
    const ajv = new Ajv({ strict: false, allErrors: true })
    const validate = ajv.compile(schema)
    const ok = validate(config)
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([])
    expect(ok).toBe(true)
  })

  it('builds AppImage and deb, nsis, dmg', () => {
    expect(targets('linux')).toEqual(['AppImage', 'deb'])
    expect(targets('win')).toEqual(['nsis'])
    expect(targets('mac')).toEqual(['dmg'])
  })

  it('unpacks better-sqlite3 and the fonts from the asar, and packs the built app', () => {
    const unpacked = config.asarUnpack as string[]
    expect(unpacked).toContain('node_modules/better-sqlite3/**')
    expect(unpacked).toContain('node_modules/@expo-google-fonts/be-vietnam-pro/**')
    expect(config.files).toContain('out/**')
    const icon = join(root, (config.linux as { icon: string }).icon)
    expect(existsSync(icon)).toBe(true)
  })
})
