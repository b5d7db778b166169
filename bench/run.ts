/**
 * `npm run bench` runs every group; `npm run bench -- GROUP [GROUP…]` runs the named ones.
 * Each group is a module `bench/groups/<group>.ts` exporting `run()`, which prints figures as
 * `BENCH <group>.<name> <value> <unit>` lines (read by scripts: keep the format).
 */
import { GROUPS } from './groups/index.js';

const wanted = process.argv.slice(2).filter((a) => a !== '--');
const unknown = wanted.filter((g) => !(g in GROUPS));
if (unknown.length > 0) {
  console.error(`Grup benchmark tidak dikenal: ${unknown.join(', ')}. Ada: ${Object.keys(GROUPS).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(GROUPS)) {
  const group = GROUPS[name];
  if (group) await group();
}
