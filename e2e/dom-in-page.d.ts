// Code passed to page.evaluate runs in the browser: the e2e specs need the DOM's types beside Node's.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
