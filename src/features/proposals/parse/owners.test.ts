import { expect, test } from 'vitest';
import { parseOwners } from './owners.ts';

test.each([
	['@ada-dev', [{ github: 'ada-dev' }]],
	['[@ada-dev]', [{ github: 'ada-dev' }]],
	['[@ada-dev](https://github.com/ada-dev)', [{ github: 'ada-dev' }]],
	['Ada Example', [{ name: 'Ada Example' }]],
	['Ada Example <ada@example.com>', [{ name: 'Ada Example' }]],
	['Ada Example (ada@example.com), Bo Example', [{ name: 'Ada Example' }, { name: 'Bo Example' }]],
	['- Ada Example (@ada-dev)\n- @bo-dev', [{ name: 'Ada Example', github: 'ada-dev' }, { github: 'bo-dev' }]],
	['Ada Example - ada@example.com, Example Org', [{ name: 'Ada Example' }, { name: 'Example Org' }]],
	['| Name | E-mail | Organization |\n| --- | --- | --- |\n| Ada Example | ada@example.com | Example Org |', [{ name: 'Ada Example' }]],
	['> Your GitHub handle and name.', []],
])('reads the owners written as %j, without e-mail addresses', (body, owners) => {
	expect(parseOwners(body)).toEqual(owners);
});
