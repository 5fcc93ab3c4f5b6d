/**
 * Replays a parsed Dockerfile without a Docker engine, to prove its steps work in order from a clean copy of the
 * build context. Each stage gets a temporary directory standing for its filesystem root; an image path such as
 * /app/dist maps to <stage root>/app/dist. The base image itself is stood in for by this machine (its node and npm;
 * OS packages the Dockerfile installs are checked, not installed). What it does per instruction:
 * - WORKDIR: creates the mapped directory; later RUN and CMD start there.
 * - COPY: from the context (honouring .dockerignore) or from an earlier stage's root, with Docker's rules for
 *   directories (their contents are copied) and trailing slashes; --chown is applied with the mapped ids.
 * - RUN: /bin/sh -c in the mapped WORKDIR with the stage's ENV. Absolute paths of the image that the stage names
 *   (WORKDIR, COPY destinations, VOLUME, path-valued ENV) are rewritten to their mapped equivalent in the command
 *   text, and `user:group` pairs of mapped users to numeric ids; npm shares the host's cache
 *   (npm_config_prefer_offline). `apt-get` steps go to `osPackages`.
 * - ENV, USER, EXPOSE, VOLUME, HEALTHCHECK, CMD, STOPSIGNAL, LABEL: recorded for the run and the checks.
 */
import { spawnSync } from 'node:child_process';
import { lchownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, posix, relative, sep } from 'node:path';
import { isIgnored, parseDockerignore } from './dockerignore.js';
import { parseCopy, parseEnv, parseList, words, type Instruction, type Stage } from './dockerfile.js';

export interface Ids {
  uid: number;
  gid: number;
}

export interface ReplayOptions {
  contextDir: string;
  /** Directory under which each stage's root is created. */
  workDir: string;
  /** Image user names → numeric ids used on this machine (the official node images define node as 1000:1000). */
  users: Record<string, Ids>;
  /** Called with the packages an `apt-get install` step asks for; should throw if this machine lacks one. */
  osPackages: (packages: string[]) => void;
  /** Output of every RUN step goes here. */
  log: (line: string) => void;
}

export interface ReplayedStage {
  stage: Stage;
  root: string;
  /** Image path of the working directory. */
  workdir: string;
  env: Record<string, string>;
  user: string | undefined;
}

export class Replay {
  readonly stages: ReplayedStage[] = [];
  /** Wall time of each RUN step, for the report. */
  readonly timings: { stage: string; line: number; command: string; ms: number }[] = [];
  private readonly ignore;

  constructor(private readonly opts: ReplayOptions) {
    const file = join(opts.contextDir, '.dockerignore');
    this.ignore = parseDockerignore(existsSync(file) ? readFileSync(file, 'utf8') : '');
  }

  /** Maps an image path (absolute, or relative to `cwd` in the image) into a stage root. */
  static map(root: string, imagePath: string, cwd = '/'): string {
    return join(root, posix.resolve(cwd, imagePath));
  }

  ids(user: string): Ids {
    const [name, group] = user.split(':') as [string, string | undefined];
    const numeric = (s: string) => (/^\d+$/.test(s) ? Number(s) : undefined);
    const mapped = this.opts.users[name];
    const uid = numeric(name) ?? mapped?.uid;
    const gid = group === undefined ? mapped?.gid ?? uid : numeric(group) ?? this.opts.users[group]?.gid;
    if (uid === undefined || gid === undefined) throw new Error(`user ${user} has no mapping for this machine`);
    return { uid, gid };
  }

  stage(name: string): ReplayedStage {
    const found = this.stages.find((s) => s.stage.name === name);
    if (!found) throw new Error(`no earlier stage named ${name}`);
    return found;
  }

  run(stages: Stage[]): ReplayedStage[] {
    stages.forEach((stage, i) => this.replayStage(stage, i));
    return this.stages;
  }

  private replayStage(stage: Stage, index: number): void {
    const root = join(this.opts.workDir, `stage-${index}-${stage.name}`);
    mkdirSync(root, { recursive: true });
    const state: ReplayedStage = { stage, root, workdir: '/', env: {}, user: undefined };
    this.stages.push(state);
    const imagePaths = this.declaredPaths(stage);
    for (const inst of stage.instructions) {
      try {
        this.apply(state, inst, imagePaths);
      } catch (err) {
        throw new Error(`stage ${stage.name}, line ${inst.line} (${inst.keyword}): ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }

  /** Top-level image directories the stage names, whose absolute paths RUN commands may use. */
  private declaredPaths(stage: Stage): string[] {
    const paths: string[] = [];
    for (const inst of stage.instructions) {
      if (inst.keyword === 'WORKDIR') paths.push(inst.args);
      if (inst.keyword === 'VOLUME') paths.push(...parseList(inst.args));
      if (inst.keyword === 'COPY') paths.push(parseCopy(inst).dest);
      if (inst.keyword === 'ENV') paths.push(...Object.values(parseEnv(inst.args)));
    }
    const tops = paths.filter((p) => p.startsWith('/')).map((p) => p.split('/')[1]!).filter(Boolean);
    return [...new Set(tops)];
  }

  private apply(state: ReplayedStage, inst: Instruction, imagePaths: string[]): void {
    switch (inst.keyword) {
      case 'WORKDIR':
        state.workdir = posix.resolve(state.workdir, inst.args);
        mkdirSync(Replay.map(state.root, state.workdir), { recursive: true });
        return;
      case 'ENV':
        Object.assign(state.env, parseEnv(inst.args));
        return;
      case 'USER':
        state.user = inst.args;
        return;
      case 'COPY':
        this.copy(state, inst);
        return;
      case 'RUN':
        this.runStep(state, inst, imagePaths);
        return;
      default:
      // EXPOSE, VOLUME, HEALTHCHECK, CMD, STOPSIGNAL, LABEL: metadata, read by the checks and the run.
    }
  }

  private copy(state: ReplayedStage, inst: Instruction): void {
    const copy = parseCopy(inst);
    const owner = copy.chown ? this.ids(copy.chown) : undefined;
    const toDir = copy.dest.endsWith('/') || copy.sources.length > 1;
    const dest = Replay.map(state.root, copy.dest, state.workdir);
    for (const source of copy.sources) {
      const src = copy.from ? Replay.map(this.stage(copy.from).root, source) : this.contextPath(source);
      if (!existsSync(src)) throw new Error(`COPY source ${source} not found${copy.from ? ` in stage ${copy.from}` : ' in the build context'}`);
      const isDir = lstatSync(src).isDirectory();
      const target = isDir ? dest : toDir || (existsSync(dest) && statSync(dest).isDirectory()) ? join(dest, basename(src)) : dest;
      mkdirSync(isDir ? target : dirname(target), { recursive: true });
      cpSync(src, target, {
        recursive: true,
        verbatimSymlinks: true,
        filter: (s) => copy.from !== undefined || !this.ignored(s),
      });
      if (owner) chownTree(target, owner);
    }
  }

  private contextPath(source: string): string {
    const path = join(this.opts.contextDir, posix.normalize(`/${source}`));
    if (this.ignored(path)) throw new Error(`COPY source ${source} is excluded by .dockerignore`);
    return path;
  }

  private ignored(absPath: string): boolean {
    const rel = relative(this.opts.contextDir, absPath).split(sep).join('/');
    return rel !== '' && isIgnored(this.ignore, rel);
  }

  private runStep(state: ReplayedStage, inst: Instruction, imagePaths: string[]): void {
    const flag = Object.keys(inst.flags)[0];
    if (flag !== undefined) throw new Error(`RUN --${flag} is not supported`);
    if (/^apt-get\b/.test(inst.args)) {
      this.opts.osPackages(aptPackages(inst.args));
      return;
    }
    const script = this.rewrite(state, inst.args, imagePaths);
    const env = { ...mapEnv(state), PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', HOME: process.env.HOME ?? '/root', npm_config_prefer_offline: 'true' };
    const [cmd, args] = this.command(state.user, ['/bin/sh', '-c', script], env);
    this.opts.log(`$ ${script}`);
    const started = performance.now();
    const res = spawnSync(cmd, args, { cwd: Replay.map(state.root, state.workdir), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    this.timings.push({ stage: state.stage.name, line: inst.line, command: inst.args, ms: performance.now() - started });
    this.opts.log(`${res.stdout}${res.stderr}`);
    if (res.status !== 0) throw new Error(`RUN ${inst.args} exited with ${res.status ?? res.signal}:\n${`${res.stdout}${res.stderr}`.slice(-4000)}`);
  }

  /** Rewrites the image's absolute paths and user:group pairs in a RUN command for this machine. */
  private rewrite(state: ReplayedStage, script: string, imagePaths: string[]): string {
    let out = script;
    for (const top of imagePaths) {
      out = out.replace(new RegExp(`(^|[\\s=:'"])(/${escapeRegex(top)})(?=[/\\s'";&|)]|$)`, 'g'), (_m, pre: string, p: string) => `${pre}${Replay.map(state.root, p)}`);
    }
    for (const name of Object.keys(this.opts.users)) {
      out = out.replace(new RegExp(`\\b${escapeRegex(name)}:${escapeRegex(name)}\\b`, 'g'), () => {
        const { uid, gid } = this.ids(`${name}:${name}`);
        return `${uid}:${gid}`;
      });
    }
    return out;
  }

  /**
   * The command line that runs argv with exactly `env` (env -i: nothing of the test runner's environment, such as
   * tap's NODE_OPTIONS instrumentation, reaches the image's processes) as the image's user: through setpriv when we
   * are root, else as ourselves. env and setpriv exec, so the pid is argv's own and signals reach it directly.
   */
  command(user: string | undefined, argv: string[], env: Record<string, string>): [string, string[]] {
    const ids = user && process.getuid?.() === 0 ? this.ids(user) : undefined;
    const su = ids && ids.uid !== 0 ? ['setpriv', `--reuid=${ids.uid}`, `--regid=${ids.gid}`, '--clear-groups', '--'] : [];
    return ['env', ['-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...su, ...argv]];
  }
}

/** The final stage's runtime environment with image paths mapped into its root. */
export function mapEnv(state: ReplayedStage): Record<string, string> {
  return Object.fromEntries(Object.entries(state.env).map(([k, v]) => [k, v.startsWith('/') ? Replay.map(state.root, v) : v]));
}

function aptPackages(script: string): string[] {
  return script
    .split(/&&|;/)
    .map((cmd) => words(cmd.trim()))
    .filter((w) => w[0] === 'apt-get' && w.includes('install'))
    .flatMap((w) => w.slice(w.indexOf('install') + 1).filter((a) => !a.startsWith('-')));
}

function chownTree(path: string, { uid, gid }: Ids): void {
  lchownSync(path, uid, gid);
  if (lstatSync(path).isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry), { uid, gid });
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
