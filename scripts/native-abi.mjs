// Decides and performs the switch of better-sqlite3's compiled binary between Node's ABI (tests, CLI,
// web host) and Electron's (desktop app). Each built binary is kept in a cache by ABI, so switching
// back is a copy, not a rebuild; a failed rebuild puts the previous binary back. Pure over `deps`.

/** The ABI tag a binary must have for `target`. */
export function wantedTag(target, versions) {
  return target === 'electron' ? `electron-${versions.electron}` : `node-abi${versions.nodeModules}`
}

/**
 * Which ABI the installed binary is for: the marker's tag when the binary is still the one the marker
 * describes (same sha256), else null (someone rebuilt it by hand; we no longer know).
 */
export function currentTag(marker, binaryHash) {
  if (!marker || !binaryHash) return null
  return marker.sha256 === binaryHash ? marker.tag : null
}

/**
 * @param {'node'|'electron'} target
 * @param {object} deps  readMarker, writeMarker, hashBinary, loadsInNode, cacheHas, cachePut,
 *   cacheRestore, rebuild(target), versions {electron, nodeModules}, log
 * @returns {Promise<'ok'|'restored'|'rebuilt'>}
 */
export async function ensureNative(target, deps) {
  const want = wantedTag(target, deps.versions)
  const nodeTag = wantedTag('node', deps.versions)
  // Without a trustworthy marker, a binary that loads in Node is Node's (a fresh `npm install`).
  const marked = currentTag(deps.readMarker(), deps.hashBinary())
  const have = marked ?? (deps.loadsInNode() ? nodeTag : null)
  const record = (tag) => deps.writeMarker({ tag, sha256: deps.hashBinary() })

  // Node can check for itself by loading the module; Electron's ABI cannot be checked from Node.
  if (target === 'node' ? deps.loadsInNode() : have === want) {
    if (marked !== want) record(want)
    if (!deps.cacheHas(want)) deps.cachePut(want)
    return 'ok'
  }

  // Keep the binary we are about to replace, so the other runtime never needs a rebuild to come back.
  if (have && !deps.cacheHas(have)) deps.cachePut(have)

  if (deps.cacheHas(want)) {
    deps.cacheRestore(want)
    if (target === 'electron' || deps.loadsInNode()) {
      record(want)
      deps.log(`better-sqlite3: switched to the ${want} build kept from before.`)
      return 'restored'
    }
  }

  deps.log(`better-sqlite3: building for ${want} (this happens once per version)…`)
  try {
    await deps.rebuild(target)
    if (target === 'node' && !deps.loadsInNode())
      throw new Error('the rebuilt module still does not load in Node')
  } catch (e) {
    // Never leave the other runtime broken: put the previous binary back where we can.
    if (have && deps.cacheHas(have)) {
      deps.cacheRestore(have)
      record(have)
    }
    throw new Error(`better-sqlite3 could not be built for ${want}: ${e instanceof Error ? e.message : e}`)
  }
  record(want)
  deps.cachePut(want)
  return 'rebuilt'
}
