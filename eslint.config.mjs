// Lint rules: TypeScript recommended, plus the layer rule that keeps Electron out of core, cli and host.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'

const noElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'electron', message: 'core, cli and host must not depend on Electron.' }],
      patterns: [
        {
          group: ['electron/*', '**/main/**', '**/preload/**'],
          message: 'core, cli and host must not depend on Electron.'
        }
      ]
    }
  ]
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  { files: ['src/core/**', 'src/cli/**', 'src/host/**'], rules: noElectron },
  // Plain CommonJS entry points (bin, preload-free scripts) may require().
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Text cleaning deliberately matches control characters.
  { files: ['src/core/text/**', 'src/core/import/**'], rules: { 'no-control-regex': 'off' } },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules
  }
)
