import { codeValue, escapeHtml } from '#shared/html-text.ts';
import { isObject, type JsonObject } from '#shared/openapi/json.ts';

/** Constraints a reader needs: allowed values, patterns, limits, defaults, conditions. */
export function rules(node: JsonObject): string {
	const out: string[] = [];
	if ('const' in node) out.push(`Always ${codeValue(node['const'])}`);
	if (Array.isArray(node['enum'])) out.push(`One of ${node['enum'].map(codeValue).join(', ')}`);
	if (typeof node['pattern'] === 'string') out.push(`Pattern ${codeValue(node['pattern'])}`);
	// Counts of characters and items agree with their number ("at least 1 character").
	const limits: [string, (n: number) => string][] = [
		['minLength', (n) => `At least ${n} ${n === 1 ? 'character' : 'characters'}`],
		['maxLength', (n) => `At most ${n} ${n === 1 ? 'character' : 'characters'}`],
		['minimum', (n) => `Minimum ${n}`],
		['maximum', (n) => `Maximum ${n}`],
		['exclusiveMinimum', (n) => `Greater than ${n}`],
		['exclusiveMaximum', (n) => `Less than ${n}`],
		['minItems', (n) => `At least ${n} ${n === 1 ? 'item' : 'items'}`],
		['maxItems', (n) => `At most ${n} ${n === 1 ? 'item' : 'items'}`],
	];
	for (const [keyword, text] of limits) {
		const value = node[keyword];
		if (typeof value === 'number') out.push(text(value));
	}
	if (node['uniqueItems'] === true) out.push('Items are unique');
	if ('default' in node) out.push(`Default ${codeValue(node['default'])}`);
	const condition = conditionText(node);
	if (condition) out.push(condition);
	if (Array.isArray(node['examples']) && node['examples'].length) out.push(`Example ${codeValue(node['examples'][0])}`);
	return out.length ? `<p class="api-rules">${out.join(' · ')}</p>` : '';
}

/** `if: {properties: {state: {const: failed}}} then: {required: [error]}` as one sentence. */
function conditionText(node: JsonObject): string | undefined {
	const when = isObject(node['if']) && isObject(node['if']['properties']) ? Object.entries(node['if']['properties']) : [];
	const then = isObject(node['then']) && Array.isArray(node['then']['required']) ? node['then']['required'] : [];
	const [field, test] = when[0] ?? [];
	if (!field || !isObject(test) || !('const' in test) || !then.length)
		return isObject(node['if']) ? 'Has conditional rules: see the JSON document' : undefined;
	return `When <code>${escapeHtml(field)}</code> is ${codeValue(test['const'])}, ${then.map(codeValue).join(', ')} ${then.length > 1 ? 'are' : 'is'} required`;
}
