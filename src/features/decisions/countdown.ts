/**
 * Days left until a review deadline. Deadlines are calendar dates and a review stays open through
 * the whole deadline day, so the count is in whole days between two dates, not hours.
 *
 * The build computes the label for its own date; a small script in the page recomputes it for
 * the reader's date with these same functions, so a page built last week does not say "3 days
 * left" when the deadline passed yesterday.
 */

const DAY = 86_400_000;

/** `YYYY-MM-DD` of a moment in UTC (the build's "today"). */
export function utcDate(moment: Date): string {
	return moment.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of a moment in the local time zone (the reader's "today"). */
export function localDate(moment: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Whole days from `today` to `deadline` (both `YYYY-MM-DD`): negative once the deadline has passed. */
export function daysLeft(deadline: string, today: string): number {
	return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** "3 days left", "due today", "overdue by 2 days". */
export function countdownLabel(days: number): string {
	if (days > 0) return `${plural(days)} left`;
	if (days === 0) return 'due today';
	return `overdue by ${plural(-days)}`;
}

/** `soon` within a week, so the page can draw attention to it. */
export function urgency(days: number): 'overdue' | 'soon' | 'later' {
	if (days < 0) return 'overdue';
	return days <= 7 ? 'soon' : 'later';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "10 Sep 2024": a calendar date shown the same everywhere, whatever the reader's time zone or
 * locale data (ICU spells the British short month "Sept" in some versions), and without the comma
 * of "Sep 10, 2024" that ran into the countdown after it.
 */
export function formatDay(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
