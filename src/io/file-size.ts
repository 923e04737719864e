/**
 * The size check every file passes before its bytes are read (DESIGN §6: a 200 MB file gets
 * a message, not a frozen tab). Its own module so the app's first frame need not load the
 * readers to offer an import button.
 */
import { importError, type ImportError } from './types';

/** 200 MB: beyond this a browser tab runs out of memory parsing JSON (DESIGN §6). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function checkFileSize(name: string, size: number, maxBytes = MAX_FILE_BYTES): ImportError | undefined {
  if (size <= maxBytes) return undefined;
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return importError('FILE_TOO_LARGE', name,
    `${name}: the file is ${mb(size)}, over the ${mb(maxBytes)} limit; split it (e.g. by district) or simplify the geometry`,
    `${name}：文件 ${mb(size)}，超过 ${mb(maxBytes)} 上限；请按片区拆分或简化几何后再导入`);
}
