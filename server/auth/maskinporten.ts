/** The token endpoint's work: verify a JWT-bearer grant and issue the access token it earns. */
import { ClientStore } from './clients.js';
import type { Issuer } from './issuer.js';
import { JtiStore } from './jti.js';
import type { TokenResponse } from './claims.js';
import type { Db } from '../store/database.js';

export class Maskinporten {
  readonly clients: ClientStore;
  private readonly jtis: JtiStore;

  constructor(
    db: Db,
    readonly issuer: Issuer,
  ) {
    this.clients = new ClientStore(db);
    this.jtis = new JtiStore(db);
  }

  /** POST /maskinporten/token with its form parameters; throws OAuthError. The grant's checks load with jose (./jose.ts). */
  async token(params: Record<string, string>): Promise<TokenResponse> {
    const { verifyGrant } = await import('./grant.js');
    const { grant, issuer } = await verifyGrant(params, { accepted: this.issuer.accepted, clients: this.clients, jtis: this.jtis });
    return this.issuer.issue(grant, { issuer });
  }
}
