// The engine's public API: the pipeline's entry points and the readers of its `Analysis`.
export * from './types';
export { analyze } from './analysis';
export { createIncrementalAnalyzer, type IncrementalAnalyzer, type SliceOptions } from './incremental';
export { markdownCodeRanges, markdownLinkRanges } from './1-segment/markdown';
export { countByStance } from './4-stance/decide';
export { checkAnalysis, inferredFrom, CHECK_CODES, DEFAULT_SEVERITIES, type CheckCode, type Fix, type Problem, type Severity } from './checks';
export { parseRoster, MAX_ROSTER_BYTES, type RosterError } from './roster';
export { reportData, renderCsv, renderHtml, renderMarkdown, escapeHtml, type ReportData } from './report';
