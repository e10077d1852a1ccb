import { expect, test } from 'vitest';
import { median, percentile } from '../../scripts/bench/stats.ts';

test('the median of an even count is the mean of the two middle values, not the lower one', () => {
	expect(median([20, 10])).toBe(15);
	expect(median([4, 1, 3, 2])).toBe(2.5);
	expect(median([3, 1, 2])).toBe(2);
	expect(median([])).toBeNaN();
});

test('percentiles are nearest-rank', () => {
	expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
	expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
});
