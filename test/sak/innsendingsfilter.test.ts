/** The cases' innsending keys in shared memory: what one thread adds, another sees; an unknown key rarely hits. */
import t from 'tap';
import { Worker } from 'node:worker_threads';
import { InnsendingFilter } from '../../server/sak/innsendingsfilter.js';

t.test('a key added may exist; a key never added almost never does', async (t) => {
  const filter = new InnsendingFilter();
  t.notOk(filter.mayExist('312597772', '2024-02-02', 'InnsenderRef124'), 'empty');
  filter.add('312597772', '2024-02-02', 'InnsenderRef124');
  t.ok(filter.mayExist('312597772', '2024-02-02', 'InnsenderRef124'));
  t.notOk(filter.mayExist('312597772', '2024-02-03', 'InnsenderRef124'), 'another date');
  t.notOk(filter.mayExist('999999999', '2024-02-02', 'InnsenderRef124'), 'another organisation');
  // The values are kept apart: moving a character across the boundary is another key.
  filter.add('a', 'bc', 'd');
  t.notOk(filter.mayExist('ab', 'c', 'd'));

  for (let i = 0; i < 100_000; i++) filter.add('312597772', `2024-${i}`, `ref-${i}`);
  let treff = 0;
  for (let i = 0; i < 100_000; i++) if (filter.mayExist('312597772', `2025-${i}`, `ref-${i}`)) treff++;
  t.ok(treff < 50, `${treff} of 100,000 unknown keys hit after 100,000 added`);
  for (let i = 0; i < 100_000; i += 997) t.ok(filter.mayExist('312597772', `2024-${i}`, `ref-${i}`));
});

t.test('a view of the buffer in another thread sees the keys added here, and adds for all', async (t) => {
  const filter = new InnsendingFilter();
  filter.add('312597772', '2024-02-02', 'fra hovedtraaden');
  const modul = new URL('../../server/sak/innsendingsfilter.js', import.meta.url).href;
  const kode = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.modul).then(({ InnsendingFilter }) => {
      const filter = new InnsendingFilter(workerData.buffer);
      const saa = filter.mayExist('312597772', '2024-02-02', 'fra hovedtraaden');
      filter.add('312597772', '2024-02-02', 'fra traaden');
      parentPort.postMessage(saa);
    });`;
  const worker = new Worker(kode, { eval: true, workerData: { modul, buffer: filter.buffer } });
  const saa = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
  await worker.terminate();
  t.equal(saa, true, 'the thread saw the key');
  t.ok(filter.mayExist('312597772', '2024-02-02', 'fra traaden'), 'and its key is here');
});
