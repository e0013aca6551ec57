// The application frame. For now: an empty library.
export function App(): React.JSX.Element {
  return (
    <main>
      <h1>Folio</h1>
      <p>Your library is empty. Import articles to begin.</p>
    </main>
  )
}
