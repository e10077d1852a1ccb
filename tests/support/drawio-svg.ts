/**
 * An SVG shaped like a draw.io export: on the root element, `width` and `height` in `px` and the
 * whole diagram, compressed and escaped, in a `content` attribute of tens of kilobytes (here
 * `contentBytes` of made-up text), so the root's start tag runs far past the first kilobyte.
 */
export function drawioSvg(title: string, contentBytes = 30_000): string {
	const unit = '&lt;mxCell id=&quot;n&quot; value=&quot;part&quot; vertex=&quot;1&quot;/&gt;';
	const content = `&lt;mxfile host=&quot;test&quot;&gt;${unit.repeat(Math.ceil(contentBytes / unit.length))}&lt;/mxfile&gt;`;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="641px" height="201px" viewBox="-0.5 -0.5 641 201" content="${content}">`,
		`<title>${title}</title>`,
		'<rect x="0" y="0" width="640" height="200" fill="#ffffff"/>',
		'<rect x="20" y="60" width="160" height="80" fill="#dae8fc" stroke="#6c8ebf"/>',
		'<text x="100" y="105" font-family="sans-serif" font-size="14" text-anchor="middle">Publisher</text>',
		'<rect x="460" y="60" width="160" height="80" fill="#d5e8d4" stroke="#82b366"/>',
		'<text x="540" y="105" font-family="sans-serif" font-size="14" text-anchor="middle">Device</text>',
		'<path d="M 180 100 L 460 100" stroke="#000000" fill="none"/>',
		'</svg>',
		'',
	].join('\n');
}
