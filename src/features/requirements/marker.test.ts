import { expect, test } from 'vitest';
import { deriveParty, formatMarker, parseMarker, requirementId } from './marker.ts';

test('reads a marker with and without a party override', () => {
	expect(parseMarker('{#REQ-ONB-003}')).toEqual({ id: 'REQ-ONB-003' });
	expect(parseMarker('{#REQ-SEC-020 binds=device,orchestrator}')).toEqual({ id: 'REQ-SEC-020', binds: ['device', 'orchestrator'] });
	expect(formatMarker(requirementId('ONB', 7))).toBe('{#REQ-ONB-007}');
});

test('explains what is wrong with a malformed marker', () => {
	expect(parseMarker('{#REQ-onb-3}')).toEqual({
		error: 'malformed requirement marker `{#REQ-onb-3}`: expected `{#REQ-<PREFIX>-<number>}`, optionally followed by ` binds=<party>`',
	});
	expect(parseMarker('{#REQ-ONB-003 binds=user}')).toEqual({
		error: 'unknown party `user` in marker `{#REQ-ONB-003 binds=user}`: use device, orchestrator, application-vendor',
	});
});

test('derives the party from the first one the subject names', () => {
	expect(deriveParty('The device management client')).toBe('device');
	expect(deriveParty('A device taking the `Cluster Leader` role')).toBe('device');
	expect(deriveParty('The workload orchestration web service')).toBe('orchestrator');
	expect(deriveParty('The WFM')).toBe('orchestrator');
	expect(deriveParty('An application vendor')).toBe('application-vendor');
	expect(deriveParty('Every package a device runs')).toBe('application-vendor');
	expect(deriveParty('The manifest')).toBeUndefined();
});
