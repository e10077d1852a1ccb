import type DOMPurify from 'isomorphic-dompurify';

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
export async function sanitizeSvg(svg: string): Promise<string> {
	const start = svg.indexOf('<svg');
	const clean = (await purifier()).sanitize(start < 0 ? svg : svg.slice(start), {
		USE_PROFILES: { svg: true, svgFilters: true },
		ADD_TAGS: ['switch', 'use'],
	});
	// The HTML serializer writes a no-break space as `&nbsp;`, an entity XML does not know.
	return `<?xml version="1.0" encoding="UTF-8"?>\n${clean.replaceAll('&nbsp;', '&#160;')}`;
}

const LINK = /^(?:#|data:image\/(?:png|jpeg|gif|webp);)/i;
let configured: Promise<typeof DOMPurify> | undefined;

/** Loaded on first use: DOMPurify brings a whole DOM (jsdom), which a build serving no SVG figure never needs. */
function purifier(): Promise<typeof DOMPurify> {
	return (configured ??= import('isomorphic-dompurify').then(({ default: purify }) => configure(purify)));
}

function configure(purify: typeof DOMPurify): typeof DOMPurify {
	purify.addHook('uponSanitizeAttribute', (_node, data) => {
		if ((data.attrName === 'href' || data.attrName === 'xlink:href') && !LINK.test(data.attrValue.trim())) data.keepAttr = false;
	});
	return purify;
}
