import { z } from 'zod';

/**
 * How a securitization case stands:
 * - `attempted`: a securitizing move was made; whether the audience accepted it is not known;
 * - `accepted`: the audience accepted it, so the issue is securitized;
 * - `rejected`: the audience did not accept it;
 * - `ongoing`: the process is still under way.
 */
export const SecuritizationOutcomeSchema = z.enum(['attempted', 'accepted', 'rejected', 'ongoing']);

/** `attempted`, `accepted`, `rejected` or `ongoing`; see {@link SecuritizationOutcomeSchema}. */
export type SecuritizationOutcome = z.output<typeof SecuritizationOutcomeSchema>;
