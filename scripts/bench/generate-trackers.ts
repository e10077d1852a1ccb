/** Writes `count` decision trackers into a generated site (format of `content/decisions/`). */
export function writeTrackers(_root: string, _count: number): void {
	throw new Error('generate-trackers: not written yet');
}
