// i18next setup: Vietnamese and English, the choice kept in localStorage and restored at start.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { vi } from './vi'

export type UiLanguage = 'vi' | 'en'
const STORAGE_KEY = 'folio.language'

export function storedLanguage(): UiLanguage {
  try {
    const v = localStorage.getItem(STORAGE_KEY)
    if (v === 'vi' || v === 'en') return v
  } catch {
    // Storage can be unavailable (privacy mode); fall through to the browser's language.
  }
  return navigator.language?.toLowerCase().startsWith('vi') ? 'vi' : 'en'
}

export function setLanguage(lang: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // Not persisted, but the switch still applies for this session.
  }
  document.documentElement.lang = lang
  void i18n.changeLanguage(lang)
}

const initial = storedLanguage()
document.documentElement.lang = initial

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, vi: { translation: vi } },
  lng: initial,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false
})

export { i18n }
