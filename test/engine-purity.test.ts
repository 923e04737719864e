/**
 * The engine stays pure (DESIGN §1): src/analysis and src/io import no React, MapLibre,
 * deck.gl, the store, src/ui, src/map or src/state. Type-only imports of src/model are fine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = [
  /^react(-dom)?(\/|$)/, /^maplibre-gl/, /^@deck\.gl\//, /^@luma\.gl\//, /^@tanstack\/react-query/, /^echarts/,
  /(^|\/)(ui|map|state|worker|data)(\/|$)/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

export function impureImports(file: string, text: string): string[] {
  const problems: string[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const match of text.matchAll(pattern)) {
    if (match[2]) continue; // type-only import
    const specifier = match[3] ?? match[4];
    const relativeUp = specifier.startsWith('.') ? specifier.replace(/^(\.\.?\/)+/, '') : null;
    const target = relativeUp ?? specifier;
    if (FORBIDDEN.some((rule) => rule.test(target)) && !(relativeUp && /^(analysis|io|model)\//.test(relativeUp))) {
      problems.push(`${file}: imports ${specifier}`);
    }
  }
  return problems;
}

describe('engine purity', () => {
  it('flags an impure import (the check can fail)', () => {
    expect(impureImports('x.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(impureImports('x.ts', "import { Map } from 'maplibre-gl';")).toHaveLength(1);
    expect(impureImports('x.ts', "import { appStore } from '../../state/store';")).toHaveLength(1);
    expect(impureImports('x.ts', "import type { Layer } from '@deck.gl/core';")).toHaveLength(0);
    expect(impureImports('x.ts', "import { prepareLayers } from '../prepare';")).toHaveLength(0);
  });

  it('src/analysis and src/io import no UI, map or store code', () => {
    const files = [...sourceFiles('src/analysis'), ...sourceFiles('src/io')];
    const problems = files.flatMap((file) => impureImports(file, readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });
});
