/**
 * The marker that gives a normative statement its ID, written right after the statement:
 *
 *     The device management client MUST poll the manifest. {#REQ-DST-006}
 *     Both parties MUST use TLS. {#REQ-SEC-020 binds=device,orchestrator}
 *
 * `binds=` overrides the party derived from the sentence's subject.
 */

export const PARTIES = ['device', 'orchestrator', 'application-vendor'] as const;
export type Party = (typeof PARTIES)[number];

/** A requirement ID anywhere in a text (source code, a tracker): `REQ-`, a page prefix, a number. */
export const REQUIREMENT_ID = /\bREQ-[A-Z]{2,5}-\d{3,}\b/g;

const MARKER = /^\{#(REQ-[A-Z]{2,5}-\d{3,})(?: binds=([a-z-]+(?:,[a-z-]+)*))?\}$/;

export type ParsedMarker = { id: string; binds?: Party[] } | { error: string };

/** Reads a marker, or says what is wrong with it. */
export function parseMarker(raw: string): ParsedMarker {
	const match = MARKER.exec(raw);
	if (!match) {
		return {
			error: `malformed requirement marker \`${raw}\`: expected \`{#REQ-<PREFIX>-<number>}\`, optionally followed by \` binds=<party>\``,
		};
	}
	const id = match[1] ?? '';
	if (match[2] === undefined) return { id };
	const binds = match[2].split(',');
	const unknown = binds.filter((party) => !(PARTIES as readonly string[]).includes(party));
	if (unknown.length) {
		return { error: `unknown party \`${unknown.join(', ')}\` in marker \`${raw}\`: use ${PARTIES.join(', ')}` };
	}
	return { id, binds: binds as Party[] };
}

/** Writes a marker. */
export function formatMarker(id: string, binds?: readonly Party[]): string {
	return binds?.length ? `{#${id} binds=${binds.join(',')}}` : `{#${id}}`;
}

/** The ID with the given prefix and number: `REQ-ONB-007`. */
export function requirementId(prefix: string, number: number): string {
	return `REQ-${prefix}-${String(number).padStart(3, '0')}`;
}

/** Prefix and number of an ID. */
export function splitId(id: string): { prefix: string; number: number } {
	const [, prefix = '', number = '0'] = id.split('-');
	return { prefix, number: Number(number) };
}

// Who a statement binds, from the words before its first key word. Each party's names, as the
// lexicon uses them; the one named first in the subject wins.
const PARTY_NAMES: Record<Party, RegExp> = {
	orchestrator: /\b(?:workload orchestration web service|web service|orchestrator|workload fleet manager|WFM|WOS)\b/i,
	'application-vendor': /\b(?:application vendor|vendor|application developer|application package|application description|package)\b/i,
	device: /\b(?:device management client|client|device maker|integrator|device)\b/i,
};

/** The party named by the subject of a statement, or `undefined` when it names none. */
export function deriveParty(subject: string): Party | undefined {
	let best: { party: Party; index: number } | undefined;
	for (const party of PARTIES) {
		const index = subject.search(PARTY_NAMES[party]);
		if (index >= 0 && (!best || index < best.index)) best = { party, index };
	}
	return best?.party;
}
