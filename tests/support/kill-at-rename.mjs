// Loaded with `node --import` into a spawned `npm run decisions:sync`: kills the process with
// SIGKILL just before its Nth rename (MARGO_TEST_KILL_AT_RENAME), as `kill -9` would at that
// moment, so a test can check what a reader finds after a sync cut short at every step.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const at = Number(process.env.MARGO_TEST_KILL_AT_RENAME);
let count = 0;
const rename = fs.renameSync;
fs.renameSync = (...args) => {
	count += 1;
	if (count === at) process.kill(process.pid, 'SIGKILL');
	return rename(...args);
};
syncBuiltinESMExports();
