import { expect, test } from 'vitest';
import { loadCatalog } from '#features/requirements/index.ts';
import { CHECKS, NOT_CHECKABLE } from './checks.ts';

const root = new URL('../../../../../', import.meta.url).pathname;
const catalogue = new Map(loadCatalog(root).requirements.map((requirement) => [requirement.id, requirement]));

test('cites only requirements of the catalogue that bind the device', () => {
	const cited = [...Object.values(CHECKS).map((check) => check.requirement), ...NOT_CHECKABLE.map((entry) => entry.id)];
	expect(cited.filter((id) => !catalogue.has(id))).toEqual([]);
	expect(cited.filter((id) => !catalogue.get(id)?.binds.includes('device'))).toEqual([]);
});

test('says for every requirement binding the device whether a check observes it, or why none can', () => {
	const checked = new Set<string>(Object.values(CHECKS).map((check) => check.requirement));
	const uncheckable = NOT_CHECKABLE.map((entry) => entry.id);
	expect(uncheckable.filter((id) => checked.has(id))).toEqual([]);
	expect(new Set(uncheckable).size).toBe(uncheckable.length);
	const device = [...catalogue.values()].filter((requirement) => requirement.binds.includes('device')).map((requirement) => requirement.id);
	expect(device.filter((id) => !checked.has(id) && !uncheckable.includes(id))).toEqual([]);
	expect(checked.size).toBeGreaterThanOrEqual(25);
});
