import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { privateKeyFromPem } from '../signing/x509-certificates.ts';
import { signBody } from '../signing/device-signing.ts';
import { writeFileAtomic } from '#shared/node/write-atomic.ts';

/**
 * `npm run sign -- --key device.key.pem --client-id ID [--out headers.txt] METHOD URL [BODY_FILE]`
 * prints the Content-Digest, Signature-Input and Signature headers a device sends with a body,
 * one `Name: value` line each, the format `curl -H @file` reads.
 */
const usage = `usage: npm run sign -- --key <device.key.pem> --client-id <clientId> [--out <file>] [--created <unix time>] [--show-base] <METHOD> <URL> [<body file>]`;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		key: { type: 'string' },
		'client-id': { type: 'string' },
		out: { type: 'string' },
		created: { type: 'string' },
		'show-base': { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
	},
});

// `npm run` starts scripts in the project folder; paths on the command line are the caller's.
const here = (path: string) => resolve(process.env['INIT_CWD'] ?? process.cwd(), path);
const [method, url, bodyFile] = positionals;
if (values.help || !values.key || !values['client-id'] || !method || !url) {
	console.error(usage);
	process.exit(values.help ? 0 : 2);
}

const body = bodyFile ? new Uint8Array(readFileSync(here(bodyFile))) : new Uint8Array();
const { headers, base } = await signBody({
	method: method.toUpperCase(),
	url,
	body,
	privateKey: await privateKeyFromPem(readFileSync(here(values.key), 'utf8')),
	clientId: values['client-id'],
	...(values.created ? { created: Number(values.created) } : {}),
});
const lines = `Content-Digest: ${headers['content-digest']}\nSignature-Input: ${headers['signature-input']}\nSignature: ${headers.signature}\n`;
if (values.out) writeFileAtomic(here(values.out), lines);
else process.stdout.write(lines);
if (values['show-base']) console.error(`signature base:\n${base}`);
