/**
 * Which files of a folder are articles: supported extensions, not project files (README, LICENSE,
 * CHANGELOG, ...), and the user's --include/--exclude globs. Pure: paths in, decisions out.
 */
import { basename, extname } from 'node:path';
import picomatch from 'picomatch';
import { readerForPath } from './formats/index.js';

/** Base names (before the first dot) of files that document a folder rather than report news. */
export const PROJECT_FILE_NAMES: readonly string[] = [
  'readme',
  'license',
  'licence',
  'copying',
  'changelog',
  'changes',
  'history',
  'contributing',
  'authors',
  'notice',
  'code_of_conduct',
  'security',
];

export interface SelectOptions {
  /** Globs: when given, a file found in a folder is read only if it matches one (overrides the project-file rule). */
  include?: readonly string[];
  /** Globs: files found in folders that match one are not read. */
  exclude?: readonly string[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export type Selection = { read: true } | { read: false; reason: string };

function matcher(globs: readonly string[] | undefined): ((path: string) => boolean) | undefined {
  if (!globs || globs.length === 0) return undefined;
  // Patterns without a slash match the base name anywhere (`README*`); others the path inside the folder.
  const options = { dot: true, nocase: true };
  const byPath = globs.filter((g) => g.includes('/'));
  const byName = globs.filter((g) => !g.includes('/'));
  const path = byPath.length ? picomatch(byPath, options) : () => false;
  const name = byName.length ? picomatch(byName, options) : () => false;
  return (relativePath) => path(relativePath) || name(basename(relativePath));
}

export function isProjectFile(path: string): boolean {
  const stem = basename(path).split('.')[0]!.toLowerCase();
  return PROJECT_FILE_NAMES.includes(stem);
}

/** Decides for files found inside a folder; `relativePath` is the path inside that folder, with `/`. */
export function createFileSelector(
  options: SelectOptions = {},
): (relativePath: string) => Selection {
  const included = matcher(options.include);
  const excluded = matcher(options.exclude);
  return (relativePath) => {
    if (excluded?.(relativePath))
      return { read: false, reason: `excluded by --exclude ${options.exclude!.join(', ')}` };
    if (included && !included(relativePath))
      return { read: false, reason: `not matched by --include ${options.include!.join(', ')}` };
    if (!readerForPath(relativePath))
      return {
        read: false,
        reason: `other formats (${extname(relativePath) || 'no extension'})`,
      };
    if (!included && isProjectFile(relativePath))
      return { read: false, reason: 'project files (README, LICENSE, ...)' };
    return { read: true };
  };
}

/** "3 files skipped: a, b (reason); c (reason)" grouped by reason, at most `perReason` names each. */
export function describeSkipped(skipped: readonly SkippedFile[], perReason = 3): string {
  const byReason = new Map<string, string[]>();
  for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.file]);
  return [...byReason]
    .map(([reason, files]) => {
      const shown = files.slice(0, perReason).join(', ');
      const more = files.length > perReason ? ` and ${files.length - perReason} more` : '';
      return `${files.length} ${reason}: ${shown}${more}`;
    })
    .join('; ');
}
