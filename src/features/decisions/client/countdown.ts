import { countdownLabel, daysLeft, localDate, urgency } from '../countdown.ts';

/**
 * Recounts the countdowns in `root` (elements with `data-countdown="YYYY-MM-DD"`) for `today`,
 * the reader's local date: a page built days ago must not show the build's count.
 */
export function refreshCountdowns(root: ParentNode, today = localDate(new Date())): void {
	for (const element of root.querySelectorAll<HTMLElement>('[data-countdown]')) {
		const deadline = element.dataset['countdown'];
		if (!deadline) continue;
		const days = daysLeft(deadline, today);
		element.dataset['daysLeft'] = String(days);
		element.dataset['urgency'] = urgency(days);
		const label = element.querySelector('[data-countdown-label]');
		if (label) label.textContent = countdownLabel(days);
	}
}
