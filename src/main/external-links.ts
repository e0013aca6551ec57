// Which links may leave the app for the system browser: plain http(s) to a real host, nothing else.

/**
 * True only for http: and https: URLs with a host and no user name or password in them.
 * file:, javascript:, data:, blob:, mailto:, custom schemes (which could launch other programs) and
 * "https://user:pass@host" (a classic disguise for the real host) are refused.
 */
export function isSafeExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > 8000) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  if (!url.hostname) return false
  if (url.username || url.password) return false
  return true
}

/** Opens a safe URL with the injected opener (shell.openExternal); refuses the rest without a sound. */
export async function openExternalSafely(
  raw: string,
  open: (url: string) => Promise<void>
): Promise<boolean> {
  if (!isSafeExternalUrl(raw)) return false
  await open(new URL(raw).toString())
  return true
}
