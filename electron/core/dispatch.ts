import { z } from 'zod';
import { argSchemas, isChannel, PASSWORD_CHANGE_CHANNELS, PUBLIC_CHANNELS, type Channel } from '../../shared/contract.js';
import { AppFailure, fail, ok, type Result } from '../../shared/result.js';
import { issuesOfZodError, validationErrorMap } from '../../shared/validation/messages.js';
import type { CallContext, CoreContext } from './context.js';
import { handlers, type Handlers } from './handlers.js';
import { resolveActor } from './services/session-service.js';

// Validation messages reach people: zod's own locale still backs anything the map leaves out.
z.config(z.locales.id());
/** The forms' own words ("Paling banyak 120 karakter"), so the core and the form say the same. */
const indonesian = validationErrorMap('id');

async function run<C extends Channel>(channel: C, args: unknown, call: CallContext): Promise<unknown> {
  const handler: Handlers[C] = handlers[channel];
  const parsed = argSchemas[channel].safeParse(args, { error: indonesian });
  if (!parsed.success) throw new AppFailure('VALIDATION', undefined, issuesOfZodError(parsed.error));
  // The schema map and handler map are keyed by the same channel, so the parsed value fits.
  return (handler as (a: unknown, c: CallContext) => Promise<unknown>)(parsed.data, call);
}

/**
 * The single entry point of every transport: validates the channel and payload against the
 * contract, resolves the caller from the session token, runs the handler and wraps whatever
 * happens in a `Result`. Nothing thrown inside ever crosses the boundary.
 */
export async function dispatch(core: CoreContext, channel: string, payload: unknown, token: string | null): Promise<Result<unknown>> {
  try {
    if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `Perintah tidak dikenal: ${channel.slice(0, 60)}`);
    const actor = PUBLIC_CHANNELS.has(channel) ? null : await resolveActor(core, token);
    // An initial (admin-set) password, or none that signs: the person chooses their own first.
    if (actor?.mustChangePassword && !PASSWORD_CHANGE_CHANNELS.has(channel)) throw new AppFailure('PASSWORD_CHANGE_REQUIRED');
    return ok(await run(channel, payload, { core, actor, token }));
  } catch (e) {
    if (e instanceof AppFailure) return fail(e.code, e.message, e.issues);
    console.error(`[meja] ${channel} gagal:`, e);
    return fail('INTERNAL');
  }
}
