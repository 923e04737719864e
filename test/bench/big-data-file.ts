/**
 * The big-data benchmark's input: the buildings of a `demo --communities 12000` district
 * (≈240k polygons, 77 MB) with an address column added, so the file is ≈100 MB as issue 7
 * asks — real bureau exports carry such text columns, and the importer must carry or drop them.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export async function bigBuildingsFile(dir = '/tmp/atlas-big-bench', communities = 12000): Promise<{ path: string; bytes: number }> {
  const demoDir = join(dir, 'demo');
  const out = join(dir, `buildings-${communities}.geojson`);
  if (existsSync(out)) return { path: out, bytes: statSync(out).size };
  mkdirSync(dir, { recursive: true });
  demoLayerFiles(demoDir, communities);
  // The demo writes one feature a line, so a line reader adds the column without a 77 MB parse.
  const sink = createWriteStream(out);
  const lines = createInterface({ input: createReadStream(join(demoDir, 'buildings.geojson')), crlfDelay: Infinity });
  for await (const line of lines) {
    const match = /"communityId":"(C\d+)"/.exec(line);
    const text = match ? line.replace('"properties":{', `"properties":{"地址":"浙江省杭州市示例区示例街道示例社区${match[1]}小区${line.length % 97}幢","备注":"示例数据"},"x":{`).replace('},"x":{', ',') : line;
    if (!sink.write(`${text}\n`)) await new Promise((resolve) => sink.once('drain', () => resolve(null)));
  }
  await new Promise<void>((resolve) => sink.end(() => resolve()));
  return { path: out, bytes: statSync(out).size };
}

/**
 * The demo's whole layer set at that size (`demo --out DIR --communities N`), generated once
 * into `demoDir` and kept there: the paths of its layer and table files (not the manifest).
 */
export function demoLayerFiles(demoDir: string, communities: number): string[] {
  if (!existsSync(join(demoDir, 'manifest.json'))) {
    execFileSync('npx', ['tsx', 'src/cli/main.ts', 'demo', '--out', demoDir, '--communities', String(communities)], { stdio: 'inherit' });
  }
  return readdirSync(demoDir).filter((file) => /\.(geojson|csv)$/.test(file)).sort().map((file) => join(demoDir, file));
}
