/**
 * A small Dockerfile parser: enough of the Dockerfile reference to read our own Dockerfile faithfully (multi-stage
 * FROM … AS, line continuations, comments, instruction flags, exec and shell forms, both ENV forms). Anything it
 * does not understand is an error, so the replay never silently skips an instruction.
 */

export interface Instruction {
  keyword: string;
  /** Leading `--name=value` flags (`--name` alone maps to ''). */
  flags: Record<string, string>;
  /** The rest of the instruction after the flags, continuations joined. */
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
}

export interface Stage {
  name: string;
  base: string;
  instructions: Instruction[];
}

export type Command = { form: 'exec'; argv: string[] } | { form: 'shell'; script: string };

export interface Copy {
  from: string | undefined;
  chown: string | undefined;
  sources: string[];
  dest: string;
}

export interface Healthcheck {
  flags: Record<string, string>;
  command: Command;
}

const KNOWN = new Set(['FROM', 'WORKDIR', 'COPY', 'RUN', 'ENV', 'USER', 'EXPOSE', 'VOLUME', 'HEALTHCHECK', 'CMD', 'STOPSIGNAL', 'LABEL']);

/** Joins continuation lines (trailing backslash) and drops comment and blank lines, as the builder does. */
function logicalLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let current: { text: string; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (/^\s*#/.test(raw)) {
      if (!current && /^#\s*escape\s*=/.test(raw)) throw new Error(`line ${i + 1}: the escape directive is not supported`);
      return;
    }
    if (raw.trim() === '') return;
    const continued = /\\\s*$/.test(raw);
    const body = continued ? raw.replace(/\\\s*$/, '') : raw;
    current = current ? { ...current, text: `${current.text}${body}` } : { text: body, line: i + 1 };
    if (!continued) {
      out.push(current);
      current = undefined;
    }
  });
  if (current) throw new Error(`line ${current.line}: continuation runs past the end of the file`);
  return out;
}

function splitFlags(rest: string): { flags: Record<string, string>; args: string } {
  const flags: Record<string, string> = {};
  let args = rest.trim();
  for (let m = /^--([a-z-]+)(?:=(\S*))?\s+/.exec(args); m; m = /^--([a-z-]+)(?:=(\S*))?\s+/.exec(args)) {
    flags[m[1]!] = m[2] ?? '';
    args = args.slice(m[0].length);
  }
  return { flags, args: args.trim() };
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const { text: lineText, line } of logicalLines(text)) {
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(lineText);
    if (!m) throw new Error(`line ${line}: cannot read ${JSON.stringify(lineText)}`);
    const keyword = m[1]!.toUpperCase();
    if (!KNOWN.has(keyword)) throw new Error(`line ${line}: ${keyword} is not supported by this parser`);
    const { flags, args } = splitFlags(m[2]!);
    if (keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`line ${line}: FROM ${args} is not "image [AS name]"`);
      stages.push({ name: from[2] ?? String(stages.length), base: from[1]!, instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`line ${line}: ${keyword} before the first FROM`);
    stage.instructions.push({ keyword, flags, args, line });
  }
  if (stages.length === 0) throw new Error('no FROM instruction');
  return stages;
}

/** Exec form is a JSON array of strings; anything else is shell form. */
export function parseCommand(args: string): Command {
  if (args.startsWith('[')) {
    const argv: unknown = JSON.parse(args);
    if (!Array.isArray(argv) || argv.length === 0 || !argv.every((a) => typeof a === 'string')) {
      throw new Error(`exec form must be a non-empty JSON array of strings: ${args}`);
    }
    return { form: 'exec', argv };
  }
  return { form: 'shell', script: args };
}

/** Words separated by whitespace, honouring double and single quotes and backslash escapes. */
export function words(input: string): string[] {
  const out: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < input.length) word += input[++i];
      else word += c;
    } else if (/\s/.test(c)) {
      if (word !== undefined) out.push(word);
      word = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === '\\' && i + 1 < input.length) {
      word = (word ?? '') + input[++i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (quote) throw new Error(`unterminated quote in ${input}`);
  if (word !== undefined) out.push(word);
  return out;
}

/** `ENV a=1 b="two words"` or the legacy `ENV key the rest is the value`. */
export function parseEnv(args: string): Record<string, string> {
  if (/\$/.test(args)) throw new Error(`variable substitution is not supported: ENV ${args}`);
  const first = /^([^\s=]+)(=|\s+)/.exec(args);
  if (!first) throw new Error(`ENV ${args} has no value`);
  if (first[2] !== '=') return { [first[1]!]: args.slice(first[0].length).trim() };
  const env: Record<string, string> = {};
  for (const pair of words(args)) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`ENV ${args}: ${JSON.stringify(pair)} is not key=value`);
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return env;
}

export function parseCopy(inst: Instruction): Copy {
  const unknown = Object.keys(inst.flags).filter((f) => f !== 'from' && f !== 'chown');
  if (unknown.length > 0) throw new Error(`line ${inst.line}: COPY --${unknown[0]} is not supported`);
  const parts = inst.args.startsWith('[') ? (parseCommand(inst.args) as { argv: string[] }).argv : words(inst.args);
  if (parts.length < 2) throw new Error(`line ${inst.line}: COPY needs a source and a destination`);
  if (parts.some((p) => /[*?[$]/.test(p))) throw new Error(`line ${inst.line}: wildcards and variables in COPY are not supported`);
  return { from: inst.flags.from, chown: inst.flags.chown, sources: parts.slice(0, -1), dest: parts.at(-1)! };
}

export function parseHealthcheck(inst: Instruction): Healthcheck | 'NONE' {
  if (inst.args === 'NONE') return 'NONE';
  const m = /^CMD\s+(.+)$/s.exec(inst.args);
  if (!m) throw new Error(`line ${inst.line}: HEALTHCHECK must be NONE or CMD …`);
  return { flags: inst.flags, command: parseCommand(m[1]!.trim()) };
}

/** VOLUME ["/a", "/b"] or VOLUME /a /b. */
export function parseList(args: string): string[] {
  return args.startsWith('[') ? (parseCommand(args) as { argv: string[] }).argv : words(args);
}

/** The effective value of a single-valued instruction in a stage (the last one wins), or undefined. */
export function last(stage: Stage, keyword: string): Instruction | undefined {
  return stage.instructions.filter((i) => i.keyword === keyword).at(-1);
}

/** The stage's environment: every ENV instruction in order. */
export function stageEnv(stage: Stage): Record<string, string> {
  return Object.assign({}, ...stage.instructions.filter((i) => i.keyword === 'ENV').map((i) => parseEnv(i.args))) as Record<string, string>;
}
