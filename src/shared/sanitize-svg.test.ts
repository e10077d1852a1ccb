import { expect, test } from 'vitest';
import { sanitizeSvg } from './sanitize-svg.ts';

const figure = (inner: string, attributes = '') =>
	`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200px" height="100px" viewBox="0 0 200 100"${attributes}>${inner}</svg>`;

test('removes scripts, event handlers and links that leave the figure', async () => {
	const out = await sanitizeSvg(
		figure(
			'<script>alert(1)</script><a xlink:href="javascript:alert(2)"><text>a</text></a><a href="https://evil.example/">b</a>' +
				'<image href="https://evil.example/x.png"/><image href="data:image/png;base64,AAAA"/><use href="#shape"/>' +
				'<foreignObject><iframe src="https://evil.example/"></iframe></foreignObject>',
			' onload="alert(3)"',
		),
	);
	expect(out).not.toMatch(/script|onload|javascript:|evil\.example|iframe|foreignObject/i);
	expect(out).toContain('href="data:image/png;base64,AAAA"');
	expect(out).toContain('href="#shape"');
});

test("keeps the drawing, its size and a draw.io label's text fallback, as well-formed XML", async () => {
	const out = await sanitizeSvg(
		figure(
			'<g><rect x="1" y="1" width="100" height="50" fill="#fff"/><switch><foreignObject requiredFeatures="x"><div xmlns="http://www.w3.org/1999/xhtml">Device<br/>client</div></foreignObject><text x="5" y="20">Device\u00a0client</text></switch></g>',
			' content="&lt;mxfile&gt;"',
		),
	);
	expect(out).toContain('viewBox="0 0 200 100"');
	expect(out).toContain('width="200px"');
	expect(out).toMatch(/<switch><text x="5" y="20">Device&#160;client<\/text><\/switch>/);
	expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
});
