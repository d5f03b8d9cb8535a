import type { TermInput } from '../patterns/terms.js';

/**
 * The terms a report counts when none are given: core words of security talk, each an English
 * and a Chinese variant group, so that English and Chinese documents share one table and chart.
 * 安全 also means "safety": its counts include both senses, as in Zeng (2021). Terms nest under
 * the default inclusive rule: "national security" hits are also "security" hits.
 */
export const DEFAULT_REPORT_TERMS: readonly TermInput[] = Object.freeze([
  { label: 'security · 安全', pattern: 'security | 安全' },
  { label: 'national security · 国家安全', pattern: 'national security | 国家安全' },
  { label: 'threat · 威胁', pattern: 'threat | threats | threaten* | 威胁' },
  { label: 'risk · 风险', pattern: 'risk | risks | 风险' },
  { label: 'challenge · 挑战', pattern: 'challenge | challenges | 挑战' },
  { label: 'defense · 国防', pattern: 'defense | defence | 国防' },
  { label: 'military · 军事', pattern: 'military | 军事' },
  { label: 'sovereignty · 主权', pattern: 'sovereignty | 主权' },
  { label: 'competition · 竞争', pattern: 'competition | competitive | competitiveness | 竞争' },
  { label: 'strategic · 战略', pattern: 'strategic | strategy | strategies | 战略' },
]);
