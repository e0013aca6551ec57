// Types for native-abi.mjs (plain JavaScript so `npm test` can run it before anything is compiled).
export type NativeTarget = 'node' | 'electron'
export interface NativeMarker {
  tag: string
  sha256: string
}
export interface NativeDeps {
  versions: { electron: string; nodeModules: string }
  readMarker(): NativeMarker | null
  writeMarker(marker: NativeMarker): void
  hashBinary(): string | null
  loadsInNode(): boolean
  cacheHas(tag: string): boolean
  cachePut(tag: string): void
  cacheRestore(tag: string): void
  rebuild(target: NativeTarget): Promise<void>
  log(message: string): void
}
export function wantedTag(target: NativeTarget, versions: NativeDeps['versions']): string
export function currentTag(marker: NativeMarker | null, binaryHash: string | null): string | null
export function ensureNative(target: NativeTarget, deps: NativeDeps): Promise<'ok' | 'restored' | 'rebuilt'>
