/** Who is calling: the logged-in organisation (påloggetOrgnr) and how it logged in (SPEC §3). */
export interface Tenant {
  /** påloggetOrgnr: the system user's organisation when present, otherwise the consumer. Tenant key for all data. */
  orgnr: string;
  /** consumer.ID without `0192:` (the vendor in Alternativ 2). */
  consumerOrgnr: string;
  /** systemuser_org.ID without `0192:`, when the token carries a system user. */
  systembrukerOrgnr?: string;
  /** supplier.ID without `0192:`, when a supplier acts for the consumer (delegation). */
  supplierOrgnr?: string;
  clientId: string;
  scopes: string[];
  /** True for SANDBOX_ADMIN_TOKEN: may act for any organisation in /sandbox controls. */
  admin: boolean;
}

export const API_SCOPE = 'skatteetaten:utleggsbegjaering';
