import fs from 'node:fs';

const WORDS: Record<string, string> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of its path is not a directory',
};

/**
 * Why a file cannot be read, in words ("it does not exist"), or null when it can. Opens it rather
 * than checking access bits, which say yes to root for files it cannot open (e.g. on some mounts).
 */
export function fileUnreadable(file: string): string | null {
  try {
    if (fs.statSync(file).isDirectory()) return WORDS.EISDIR;
    fs.closeSync(fs.openSync(file, 'r'));
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    return WORDS[code] ?? code;
  }
}
