/** Grant jti values already used, kept until their grant has expired (replay protection). */
import type { Db } from '../store/database.js';

export class JtiStore {
  private readonly insert;
  private readonly prune;

  constructor(db: Db) {
    this.insert = db.prepare('INSERT OR IGNORE INTO maskinporten_jti (client_id, jti, expires) VALUES (?, ?, ?)');
    this.prune = db.prepare('DELETE FROM maskinporten_jti WHERE expires < ?');
  }

  /** Records the jti; false when the client has used it before. `expires` is in epoch seconds. */
  use(clientId: string, jti: string, expires: number): boolean {
    this.prune.run(Math.floor(Date.now() / 1000));
    return this.insert.run(clientId, jti, expires).changes === 1;
  }
}
