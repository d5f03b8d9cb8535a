import { z } from 'zod';

/**
 * The sectors of security: the five of Buzan, Wæver & de Wilde (1998), *Security: A New
 * Framework for Analysis* (military, political, economic, societal, environmental), plus cyber
 * and technological, which later work treats as sectors of their own.
 */
export const SECTORS = [
  'military',
  'political',
  'economic',
  'societal',
  'environmental',
  'cyber',
  'technological',
] as const;

/** Schema of {@link Sector}. */
export const SectorSchema = z.enum(SECTORS);

/** A sector of security, one of {@link SECTORS}. */
export type Sector = z.output<typeof SectorSchema>;
