/**
 * An event as Dialogporten would tell it (modelled). Skatteetaten's page: "Gjennom Dialogporten vil vi … tilby en
 * tjeneste for hendelsesvarsler (events) som angir når det er kommet nye meldinger fra Skatteeetaten". The sandbox's
 * feed and webhooks are its own design; beside its own fields each event about a case carries the CloudEvent that
 * Dialogporten publishes through Altinn Events — type, time, the service resource (ressurs-id `ske-utleggsbegjaering`),
 * the dialog and the party — so one handler can take the sandbox's events today and Dialogporten's later. The real
 * event also has `source` (the dialog's URL in Dialogporten), which the sandbox has no counterpart for.
 */
import { uuidAvNavn } from '../store/uuid-navn.js';
import type { Hendelsestype } from './hendelser.js';

export const RESSURS = 'urn:altinn:resource:ske-utleggsbegjaering';

export interface DialogportenHendelse {
  specversion: '1.0';
  /** The sandbox event's hendelseId. */
  id: string;
  type: string;
  time: string;
  resource: typeof RESSURS;
  /** The case's dialog. */
  resourceinstance: string;
  /** The organisation that owns the dialog (the innsender). */
  subject: string;
}

/** What a Dialogporten event is made from: the sandbox event's own fields. */
export interface Kilde {
  hendelseId: string;
  type: Hendelsestype;
  tidspunkt: string;
  eksternSaksreferanse?: string;
  data: Record<string, unknown>;
}

/** The statuses that come with a message from Skatteetaten (a decision, a refusal): a transmission in Dialogporten. */
const MELDINGER = new Set(['sakBesluttet', 'sakNektetFremmet']);

/** Dialogporten's event type: the case's dialog created, a message (transmission) in it, or the dialog updated. */
function dialogportenType({ type, data }: Kilde): string {
  if (type === 'saksstatusEndret' && data.saksstatus === 'sakOpprettet') return 'dialogporten.dialog.created.v1';
  if (type === 'rettingForespurt' || (type === 'saksstatusEndret' && MELDINGER.has(String(data.saksstatus)))) {
    return 'dialogporten.dialog.transmission.created.v1';
  }
  return 'dialogporten.dialog.updated.v1';
}

/** The dialog of a case: a stable uuid of its reference (Dialogporten's ids are its own; never assume they are equal). */
export const dialogId = (eksternSaksreferanse: string): string => uuidAvNavn(`dialog:${eksternSaksreferanse}`);

/** The Dialogporten form of an event of `orgnr`'s feed; none without a case (Dialogporten tells only of dialogs). */
export function somDialogporten(orgnr: string, kilde: Kilde): DialogportenHendelse | undefined {
  if (kilde.eksternSaksreferanse === undefined) return undefined;
  return {
    specversion: '1.0',
    id: kilde.hendelseId,
    type: dialogportenType(kilde),
    time: kilde.tidspunkt,
    resource: RESSURS,
    resourceinstance: dialogId(kilde.eksternSaksreferanse),
    subject: `urn:altinn:organization:identifier-no:${orgnr}`,
  };
}
