/**
 * Where a JSON text stops being JSON. V8's `JSON.parse` names the offset of some errors only
 * ("Unexpected token '}', ... is not valid JSON" has none), and YAML, a superset, accepts much
 * that JSON does not; a person fixing the file needs the line. Run only after `JSON.parse` failed.
 */
export function jsonErrorOffset(text: string): { offset: number; message: string } {
	let at = 0;
	const fail = (message: string): never => {
		throw Object.assign(new Error(message), { offset: at });
	};
	const space = () => {
		while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
	};
	const expect = (char: string, what: string) => (text[at] === char ? at++ : fail(`expected ${what}`));
	const string = () => {
		expect('"', 'a string');
		while (text[at] !== '"') {
			if (at >= text.length || text.charCodeAt(at) < 0x20) fail('unterminated string');
			if (text[at] === '\\' && !/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(at + 1, at + 6))) fail('invalid escape in a string');
			at += text[at] === '\\' ? 2 : 1;
		}
		at++;
	};
	const value = (): void => {
		space();
		const char = text[at];
		if (char === '{') return members('}', () => (string(), space(), expect(':', '`:` after a key'), value()));
		if (char === '[') return members(']', value);
		if (char === '"') return string();
		const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(at, at + 400))?.[0];
		if (!literal) fail(at >= text.length ? 'unexpected end of the text' : `unexpected \`${char}\`: expected a value`);
		at += literal!.length;
	};
	const members = (close: string, member: () => void) => {
		at++;
		space();
		if (text[at] === close) return void at++;
		for (;;) {
			space();
			member();
			space();
			if (text[at] === close) return void at++;
			expect(',', `\`,\` or \`${close}\``);
		}
	};
	try {
		value();
		space();
		if (at < text.length) fail('unexpected text after the end of the document');
	} catch (error) {
		return { offset: (error as { offset: number }).offset, message: (error as Error).message };
	}
	return { offset: 0, message: 'not valid JSON' };
}
