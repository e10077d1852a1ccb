/**
 * Stands in for the `is-node-process` package in msw's code inside the mock's service worker
 * (`worker-bundle.ts`). msw asks it for two things only: whether to keep a cookie jar in
 * `localStorage` and whether to write `document.cookie`. A service worker has neither, so msw
 * runs there as it does in Node, where neither is done.
 */
export function isNodeProcess(): boolean {
	return true;
}
