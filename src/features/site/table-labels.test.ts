import { expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { stackedTablesPlugin } from './table-labels.ts';

const render = (markdown: string) => (markdownToHtml(markdown, { hastPlugins: [stackedTablesPlugin()] }) as { html: string }).html;

test('labels each cell with its column, except the first, and boxes the table so it can stack', () => {
	expect(render('| Field | Type | Description |\n| - | - | - |\n| `id` | string | The *client* id. |\n')).toMatchInlineSnapshot(`
		"<div class="stacked-table-box"><table class="stacked-table">
		<thead>
		<tr>
		<th>Field</th>
		<th>Type</th>
		<th>Description</th>
		</tr>
		</thead>
		<tbody>
		<tr>
		<td><code>id</code></td>
		<td data-label="Type">string</td>
		<td data-label="Description">The <em>client</em> id.</td>
		</tr>
		</tbody>
		</table></div>
		"
	`);
});
