import { stringify as toYaml } from 'yaml';
import { isObject, type Json } from '#shared/openapi/json.ts';

/** An example as it travels: JSON, YAML or a form body; with the Shiki language to show it in. */
export function serialise(value: Json, mediaType: string): [string, string] {
	if (typeof value === 'string') return [value, 'text'];
	if (/yaml/.test(mediaType)) return [toYaml(value).trimEnd(), 'yaml'];
	if (mediaType === 'application/x-www-form-urlencoded' && isObject(value)) {
		return [new URLSearchParams(Object.entries(value).map(([k, v]) => [k, String(v)])).toString(), 'text'];
	}
	return [JSON.stringify(value, null, 2), 'json'];
}
