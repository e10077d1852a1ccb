import DOMPurify from 'isomorphic-dompurify';

/**
 * An SVG figure from outside the site's code (an imported MkDocs project, a proposal of the
 * enhancements repository), made safe to serve from the site's origin. Shown through `<img>` an
 * SVG runs no script, but a reader who opens the figure's own address gets a document of the site's
 * origin: its scripts, event handlers and `javascript:` links would run there. DOMPurify's SVG
 * profile removes them; links may only point inside the figure or at embedded raster images, so
 * opening it loads nothing from another host.
 *
 * draw.io exports draw each label twice inside a `<switch>`: as HTML in a `<foreignObject>` and as
 * plain SVG `<text>`. The HTML is dropped (it would need the HTML profile inside an image), and the
 * `<switch>` kept, so viewers show the `<text>` version.
 */
export function sanitizeSvg(svg: string): string {
	const start = svg.indexOf('<svg');
	const clean = purifier().sanitize(start < 0 ? svg : svg.slice(start), {
		USE_PROFILES: { svg: true, svgFilters: true },
		ADD_TAGS: ['switch', 'use'],
	});
	// The HTML serializer writes a no-break space as `&nbsp;`, an entity XML does not know.
	return `<?xml version="1.0" encoding="UTF-8"?>\n${clean.replaceAll('&nbsp;', '&#160;')}`;
}

const LINK = /^(?:#|data:image\/(?:png|jpeg|gif|webp);)/i;
let configured: typeof DOMPurify | undefined;

function purifier(): typeof DOMPurify {
	if (configured) return configured;
	DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
		if ((data.attrName === 'href' || data.attrName === 'xlink:href') && !LINK.test(data.attrValue.trim())) data.keepAttr = false;
	});
	configured = DOMPurify;
	return configured;
}
