// Made-up sample documents for the report tests (not from any corpus), with the counts worked
// out by hand, and hostile strings in every place where user data reaches the page.
import type { DocumentInput, TermInput } from '../../src/index.js';

export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_ATTRIBUTE = '"><img src=x onerror=alert(1)>';

export const sampleDocuments: DocumentInput[] = [
  {
    id: 'sample-plan-2017',
    text:
      'This is a made-up sample. The plan treats artificial intelligence as a matter of national security. ' +
      'New risks and new threats challenge national security and public safety.\n\nSecurity comes first.',
    meta: { year: 2017, issuer: 'Sample Council' },
  },
  {
    id: 'sample-opinions-2025',
    text: '这是虚构的示例。人工智能关系国家安全。要防范风险，维护网络安全和数据安全。',
    meta: { date: '2025-08-21' },
  },
  {
    id: HOSTILE_ATTRIBUTE,
    text: `Made-up hostile text: ${HOSTILE_SCRIPT} and ${HOSTILE_ATTRIBUTE} near security.`,
    meta: { note: '<script>alert(2)</script>', [HOSTILE_ATTRIBUTE]: HOSTILE_SCRIPT },
  },
];

export const sampleTerms: TermInput[] = [
  { label: 'security', pattern: 'security | 安全' },
  { label: 'national security', pattern: 'national security | 国家安全' },
  { label: 'threat', pattern: 'threat | threats | 威胁' },
  { label: 'risk', pattern: 'risk | risks | 风险' },
  { label: '<script>alert(3)</script>', pattern: 'alert' },
];

/**
 * Counts by hand, document × term (inclusive nesting): "national security" twice, "Security"
 * once; 国家安全, 网络安全, 数据安全; "alert" twice in the hostile text, once in each hostile string.
 */
export const expectedCounts: Record<string, number[]> = {
  'sample-plan-2017': [3, 2, 1, 1, 0],
  'sample-opinions-2025': [3, 1, 0, 1, 0],
  [HOSTILE_ATTRIBUTE]: [1, 0, 0, 0, 2],
};

/** KWIC lines per term across the documents: the column sums of {@link expectedCounts}. */
export const expectedKwicLines = [7, 3, 1, 2, 2];
