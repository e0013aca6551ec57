// Ending the `folio` process without losing its output. process.exit() drops whatever is still
// queued for a pipe: `folio list --json | jq` got the first 64 KB of a 220 KB answer. So the exit
// waits until stdout and stderr have taken everything written to them, or a reader has gone away.
export function exitAfterOutput(code: number): void {
  let open = 2
  const done = (): void => {
    if (--open === 0) process.exit(code)
  }
  for (const stream of [process.stdout, process.stderr]) {
    // a reader that closed early (`| head`) makes the write fail with EPIPE: nothing more to wait for
    stream.once('error', () => process.exit(code))
    stream.write('', done)
  }
}
