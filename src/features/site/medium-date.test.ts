import { expect, it } from 'vitest';
import { mediumDate } from './medium-date.ts';

it('formats a date as toLocaleDateString does with the medium style in UTC, per language', () => {
	const date = new Date('2026-03-01T23:30:00Z');
	for (const lang of ['en', 'fr', 'de']) {
		expect(mediumDate(date, lang)).toBe(date.toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' }));
	}
	expect(mediumDate(date, 'en')).toBe('Mar 1, 2026');
});
