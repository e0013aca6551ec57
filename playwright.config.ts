// Playwright: the real UI in Chromium against the web host, one fresh temporary archive per test.
import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'
import { chromium } from '@playwright/test'

const HOW_TO_GET_ONE =
  'No Chromium to run the UI tests with. Install one with `apt-get install chromium` ' +
  '(or set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium`).'

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own; none → a clear failure. */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${HOW_TO_GET_ONE}`)
    return fromEnv
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  let bundled = ''
  try {
    bundled = chromium.executablePath()
  } catch {
    bundled = ''
  }
  if (bundled && existsSync(bundled)) return undefined
  throw new Error(HOW_TO_GET_ONE)
}

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  // Two cores shared by many: one browser at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    }
  }
})
