/**
 * jose, loaded at its first use rather than with the app: its some sixty modules took ~40 ms of the main thread's
 * start-up (a bare Fastify server starts in ~200), and nothing needs it before the first token is signed or verified.
 */
export type Jose = typeof import('jose');

let loading: Promise<Jose> | undefined;

export const jose = (): Promise<Jose> => (loading ??= import('jose'));
