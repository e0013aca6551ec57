// Build config: electron-vite finds main, preload and renderer by convention.
import { resolve } from 'node:path'
import { defineConfig, externalizeDepsPlugin } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        // The bulk import's preparing worker (src/core/import/prepare-ahead.ts) runs from a file of its
        // own beside the main bundle.
        input: {
          index: resolve('src/main/index.ts'),
          'prepare-worker': resolve('src/core/import/prepare-worker.ts')
        }
      }
    }
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    // A sandboxed preload must be a single CommonJS file.
    build: { rollupOptions: { output: { format: 'cjs' } } }
  },
  renderer: {
    resolve: { alias: { '@shared': resolve('src/shared') } },
    plugins: [react()]
  }
})
