/**
 * .dockerignore matching as the builder does it: patterns relative to the context root (a leading `/` is dropped),
 * `*` and `?` within one path segment, `**` across segments, `!` re-includes, the last matching pattern wins, and a
 * pattern that matches a directory excludes everything under it.
 */

interface Pattern {
  exclude: boolean;
  regex: RegExp;
}

function globToRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) throw new Error(`unterminated [ in .dockerignore pattern ${glob}`);
      re += glob.slice(i, end + 1).replace('[!', '[^');
      i = end;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function clean(pattern: string): string {
  return pattern.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\/{2,}/g, '/').replace(/^(\.\/)+/, '');
}

export function parseDockerignore(text: string): Pattern[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => (l.startsWith('!') ? { exclude: false, glob: clean(l.slice(1).trim()) } : { exclude: true, glob: clean(l) }))
    .filter((p) => p.glob !== '')
    .map((p) => ({ exclude: p.exclude, regex: globToRegex(p.glob) }));
}

/** Whether a context-relative path (forward slashes) is left out of the build context. */
export function isIgnored(patterns: Pattern[], relPath: string): boolean {
  const segments = relPath.split('/').filter(Boolean);
  const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const p of patterns) {
    if (candidates.some((c) => p.regex.test(c))) ignored = p.exclude;
  }
  return ignored;
}
