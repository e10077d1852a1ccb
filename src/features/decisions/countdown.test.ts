import { expect, test } from 'vitest';
import { countdownLabel, daysLeft, formatDay, localDate, urgency, utcDate } from './countdown.ts';

test('counts whole calendar days to the deadline', () => {
	expect(daysLeft('2024-09-10', '2024-08-20')).toBe(21);
	expect(daysLeft('2024-09-10', '2024-09-10')).toBe(0);
	expect(daysLeft('2024-09-10', '2024-09-12')).toBe(-2);
});

test('counts across a daylight saving change and a leap day without drifting', () => {
	expect(daysLeft('2024-03-31', '2024-03-30')).toBe(1);
	expect(daysLeft('2024-03-01', '2024-02-28')).toBe(2);
});

test('says days left, due today or overdue', () => {
	expect(countdownLabel(3)).toBe('3 days left');
	expect(countdownLabel(1)).toBe('1 day left');
	expect(countdownLabel(0)).toBe('due today');
	expect(countdownLabel(-1)).toBe('overdue by 1 day');
	expect(countdownLabel(-807)).toBe('overdue by 807 days');
});

test('marks deadlines within a week as soon', () => {
	expect([urgency(-1), urgency(0), urgency(7), urgency(8)]).toEqual(['overdue', 'soon', 'soon', 'later']);
});

test('takes the build date in UTC and the reader date in local time', () => {
	expect(utcDate(new Date('2024-09-10T23:30:00Z'))).toBe('2024-09-10');
	expect(localDate(new Date(2024, 8, 10, 23, 30))).toBe('2024-09-10');
});

test('formats a date the same in every time zone', () => {
	expect(formatDay('2024-09-10')).toBe('10 Sep 2024');
	expect(formatDay('2026-01-02')).toBe('2 Jan 2026');
});
