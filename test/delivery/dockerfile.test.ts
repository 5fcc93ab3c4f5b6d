/**
 * The Dockerfile parser, the .dockerignore matcher, and what the image must be (issues 7 and 22): built wherever
 * vendors build images; the replay is in dockerfile-replay.test.ts.
 */
import t from 'tap';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { isIgnored, parseDockerignore } from './dockerignore.js';
import { last, parseCommand, parseCopy, parseDockerfile, parseEnv, parseHealthcheck, parseList, stageEnv, words, type Stage } from './dockerfile.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/**
 * Instruction flags that both Docker Engine ≥ 20.10 — its classic builder too, where RUN --mount, COPY --chmod and
 * COPY --link need BuildKit — and podman/buildah 4.3 (Debian 12) accept. HEALTHCHECK --start-interval needs Docker
 * Engine 25, and podman 4.3 stops the whole build at it ("flag provided but not defined").
 */
const PORTABLE_FLAGS: Record<string, readonly string[]> = {
  COPY: ['from', 'chown'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'retries'],
};

/** Every flag outside the allow-list, as `line N: KEYWORD --flag`. */
function unportableFlags(stages: Stage[]): string[] {
  return stages.flatMap((stage) =>
    stage.instructions.flatMap((i) =>
      Object.keys(i.flags)
        .filter((flag) => !(PORTABLE_FLAGS[i.keyword] ?? []).includes(flag))
        .map((flag) => `line ${i.line}: ${i.keyword} --${flag}`),
    ),
  );
}

t.test('parser', async (t) => {
  const stages = parseDockerfile(
    [
      '# syntax=docker/dockerfile:1',
      'FROM node:22-bookworm-slim AS build',
      'WORKDIR /app',
      'RUN apt-get update \\',
      '  # a comment inside a continuation is dropped',
      ' && apt-get install -y make \\',
      '',
      ' && echo done',
      'RUN --mount=type=cache,target=/root/.npm npm ci',
      'COPY --chown=node:node a "b c" ./',
      'from build as final',
      'ENV A=1 B="two words" C=x\\ y',
      'ENV LEGACY the rest is the value',
      'HEALTHCHECK --interval=5s --retries=2 CMD curl -f http://x/',
      'CMD ["node", "x.js"]',
    ].join('\n'),
  );
  t.same(
    stages.map((s) => [s.name, s.base, s.instructions.length]),
    [
      ['build', 'node:22-bookworm-slim', 4],
      ['final', 'build', 4],
    ],
  );
  const [build, final] = stages as [Stage, Stage];
  t.equal(build.instructions[1]!.args, 'apt-get update  && apt-get install -y make  && echo done', 'continuation joined, comment and blank line dropped');
  t.equal(build.instructions[1]!.line, 4);
  t.same(build.instructions[2]!.flags, { mount: 'type=cache,target=/root/.npm' });
  t.same(parseCopy(build.instructions[3]!), { from: undefined, chown: 'node:node', sources: ['a', 'b c'], dest: './' });
  t.same(stageEnv(final), { A: '1', B: 'two words', C: 'x y', LEGACY: 'the rest is the value' });
  const hc = parseHealthcheck(final.instructions[2]!);
  t.same(hc, { flags: { interval: '5s', retries: '2' }, command: { form: 'shell', script: 'curl -f http://x/' } });
  t.same(parseCommand(last(final, 'CMD')!.args), { form: 'exec', argv: ['node', 'x.js'] });
  t.same(parseList('["/a", "/b"]'), ['/a', '/b']);
  t.same(parseList('/a /b'), ['/a', '/b']);
  t.same(words(`a 'b "c' "d \\" e"`), ['a', 'b "c', 'd " e']);
  t.same(parseEnv('K=v'), { K: 'v' });

  t.throws(() => parseDockerfile('WORKDIR /app'), /before the first FROM/);
  t.throws(() => parseDockerfile('FROM x\nADD a b'), /ADD is not supported/);
  t.throws(() => parseDockerfile('FROM x\nRUN a \\'), /continuation runs past the end/);
  t.throws(() => parseEnv('A=$B'), /substitution/);
  t.throws(() => parseCommand('["node", 1]'), /JSON array of strings/);
  t.throws(() => parseCopy({ keyword: 'COPY', flags: { link: '' }, args: 'a b', line: 1 }), /--link is not supported/);
  t.throws(() => parseCopy({ keyword: 'COPY', flags: {}, args: 'src/*.ts ./', line: 1 }), /wildcards/);
});

t.test('.dockerignore matching', async (t) => {
  const p = parseDockerignore('# comment\n/node_modules\n*.db\n**/*.log\ndocs/\ntest\n!test/keep.txt\nb?r\n');
  const cases: [string, boolean][] = [
    ['node_modules', true],
    ['node_modules/x/index.js', true],
    ['server/node_modules', false],
    ['sandbox.db', true],
    ['data/sandbox.db', false],
    ['npm.log', true],
    ['a/b/c.log', true],
    ['docs/x.md', true],
    ['test/x.test.ts', true],
    ['test/keep.txt', false],
    ['bar', true],
    ['baar', false],
    ['server/app.ts', false],
  ];
  for (const [path, ignored] of cases) t.equal(isIgnored(p, path), ignored, path);
});

const stages = parseDockerfile(read('Dockerfile'));
const build = stages[0]!;
const runtime = stages.at(-1)!;
const env = stageEnv(runtime);

t.test('only instruction flags that Docker 20.10 and podman 4.3 both accept', async (t) => {
  const sample = parseDockerfile(
    ['FROM x', 'RUN --mount=type=cache,target=/root/.npm npm ci', 'COPY --chmod=644 --from=x a b', 'HEALTHCHECK --interval=5s --start-interval=1s CMD true'].join('\n'),
  );
  t.same(unportableFlags(sample), ['line 2: RUN --mount', 'line 3: COPY --chmod', 'line 4: HEALTHCHECK --start-interval'], 'the check finds them');
  t.same(unportableFlags(stages), [], 'the Dockerfile has none');
  // A syntax directive makes BuildKit pull a frontend image (docker/dockerfile), which offline builders cannot.
  t.notMatch(read('Dockerfile'), /^#\s*syntax\s*=/m, 'no syntax directive');
});

t.test('two stages on the same Node LTS image that better-sqlite3 supports', async (t) => {
  t.same(
    stages.map((s) => s.name),
    ['build', 'runtime'],
  );
  t.equal(build.base, runtime.base);
  const m = /^node:(\d+)-bookworm-slim$/.exec(runtime.base);
  t.ok(m, `base ${runtime.base} is an official node bookworm-slim image`);
  const engines = (JSON.parse(read('node_modules/better-sqlite3/package.json')) as { engines: { node: string } }).engines.node;
  t.match(engines, new RegExp(`(^|\\|\\|\\s*)${m?.[1]}\\.x`), `better-sqlite3 supports Node ${m?.[1]} (${engines})`);
  const apt = build.instructions.find((i) => i.keyword === 'RUN' && i.args.startsWith('apt-get'));
  for (const pkg of ['python3', 'make', 'g++']) t.match(apt?.args, new RegExp(`\\s${pkg.replace(/\+/g, '\\+')}(\\s|$)`), `build stage installs ${pkg} for a source build`);
});

t.test('the runtime stage is configured for a container', async (t) => {
  t.same(parseList(last(runtime, 'EXPOSE')!.args), ['8080']);
  t.equal(env.PORT, '8080', 'PORT matches EXPOSE');
  t.equal(env.HOST, '0.0.0.0', 'listens on every interface of the container');
  t.equal(env.NODE_ENV, 'production');
  t.same(parseList(last(runtime, 'VOLUME')!.args), ['/data']);
  t.match(env.DB_PATH, /^\/data\//, 'the database lives on the volume');

  const user = last(runtime, 'USER')!;
  t.ok(user && !/^(root|0)(:|$)/.test(user.args), `USER ${user?.args} is not root`);
  const cmdLine = last(runtime, 'CMD')!.line;
  t.ok(user.line < cmdLine, 'USER is set before CMD');
  const mkdata = runtime.instructions.find((i) => i.keyword === 'RUN' && /\/data\b/.test(i.args));
  t.match(mkdata?.args, new RegExp(`chown ${user.args}:${user.args} /data`), 'the volume directory belongs to the user');
  t.ok(mkdata!.line < last(runtime, 'VOLUME')!.line, 'ownership is set before VOLUME (later changes would be discarded)');

  t.same(parseCommand(last(runtime, 'CMD')!.args), { form: 'exec', argv: ['node', 'dist/server/server.js'] }, 'exec form: node is PID 1 and gets SIGTERM');
  t.equal(last(runtime, 'STOPSIGNAL')!.args, 'SIGTERM');
  t.equal(last(runtime, 'WORKDIR')!.args, '/app');

  const hc = parseHealthcheck(last(runtime, 'HEALTHCHECK')!);
  t.not(hc, 'NONE');
  if (hc === 'NONE') return;
  t.equal(hc.command.form, 'exec');
  const argv = hc.command.form === 'exec' ? hc.command.argv : [];
  t.equal(argv[0], 'node', 'the health check uses node (the slim image has no curl or wget)');
  t.notMatch(argv.join(' '), /\b(curl|wget)\b/);
  t.match(argv.join(' '), /\/health\b/);
  t.match(argv.join(' '), /process\.env\.PORT/, 'follows a PORT override');
});

t.test('the build compiles only what runs, and COPY sources exist in the context', async (t) => {
  const tsconfig = JSON.parse(read('tsconfig.build.json')) as { extends: string; include: string[] };
  t.equal(tsconfig.extends, './tsconfig.json');
  t.notOk(
    tsconfig.include.some((p) => /^(test|bench)\//.test(p)),
    'test/ and bench/ are not part of the image build',
  );
  t.ok(
    build.instructions.some((i) => i.keyword === 'RUN' && /tsc -p tsconfig\.build\.json/.test(i.args) && /npm prune --omit=dev/.test(i.args)),
    'compiles, then drops devDependencies',
  );
  const ignore = parseDockerignore(read('.dockerignore'));
  for (const stage of stages) {
    for (const inst of stage.instructions.filter((i) => i.keyword === 'COPY')) {
      const copy = parseCopy(inst);
      if (copy.from) {
        t.ok(stages.some((s) => s.name === copy.from && s !== stage), `line ${inst.line}: --from=${copy.from} is an earlier stage`);
        continue;
      }
      for (const src of copy.sources) {
        const path = join(ROOT, src);
        t.ok(existsSync(path), `line ${inst.line}: ${src} exists`);
        // git keeps no empty directories: an empty one here would be missing from a fresh clone.
        if (existsSync(path) && statSync(path).isDirectory()) t.ok(readdirSync(path).length > 0, `line ${inst.line}: ${src}/ is not empty`);
        t.notOk(isIgnored(ignore, src), `line ${inst.line}: ${src} is not excluded by .dockerignore`);
      }
    }
  }
  for (const heavy of ['node_modules', 'dist', '.git', 'data', 'sandbox.db']) t.ok(isIgnored(ignore, heavy), `${heavy} stays out of the build context`);
});
