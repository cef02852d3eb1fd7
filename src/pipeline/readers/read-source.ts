// Picks the reader for a source document by its content (the extension is only a tie-breaker).
import { readFileSync } from 'node:fs';
import type { SourceKind } from '../../core/schema';
import { SourceError } from '../source-error';
import { ctgovApiStudies, looksLikeCtgovApiJson, readCtgovApiJson } from './ctgov-api-json';
import { looksLikeCtgovClassicXml, readCtgovClassicXml } from './ctgov-classic-xml';
import { looksLikeCtgovStudyText, readCtgovStudyText } from './ctgov-study-text';
import { looksLikeCtgovWebsiteCsv, readCtgovWebsiteCsv } from './ctgov-website-csv';
import { looksLikeNewsArticle, readNewsArticle } from './news-article';
import { looksLikePatientPortalPage, readPatientPortalPage } from './patient-portal-page';
import type { SourceStudy } from './source-study';
import { readHead, textPieces } from './text-pieces';

type Reader = {
  kind: SourceKind;
  looksLike: (text: string) => boolean;
  read: (text: string, file: string) => SourceStudy[];
};

// Most specific first: a news article is the fallback for prose that names a trial phase.
const READERS: readonly Reader[] = [
  { kind: 'ctgov-api-json', looksLike: looksLikeCtgovApiJson, read: readCtgovApiJson },
  { kind: 'ctgov-classic-xml', looksLike: looksLikeCtgovClassicXml, read: readCtgovClassicXml },
  { kind: 'ctgov-website-csv', looksLike: looksLikeCtgovWebsiteCsv, read: readCtgovWebsiteCsv },
  { kind: 'ctgov-study-text', looksLike: looksLikeCtgovStudyText, read: readCtgovStudyText },
  { kind: 'patient-portal-page', looksLike: looksLikePatientPortalPage, read: readPatientPortalPage },
  { kind: 'news-article', looksLike: looksLikeNewsArticle, read: readNewsArticle },
];

export function detectSourceKind(text: string, file: string): SourceKind {
  const reader = READERS.find((candidate) => candidate.looksLike(text));
  if (reader) return reader.kind;
  // A file that is clearly meant as JSON or XML gets that reader, so its syntax error is reported.
  if (/\.json$/i.test(file) || /^\s*[[{]/.test(text)) return 'ctgov-api-json';
  if (/\.xml$/i.test(file) || /^\s*</.test(text)) return 'ctgov-classic-xml';
  throw new SourceError(
    file,
    1,
    'unrecognised source: expected ClinicalTrials.gov JSON, XML or study text, a patient-portal page or a news article',
  );
}

export function readSource(text: string, file: string): { kind: SourceKind; studies: SourceStudy[] } {
  const content = text.replace(/^\uFEFF/, '');
  const kind = detectSourceKind(content, file);
  const reader = READERS.find((candidate) => candidate.kind === kind);
  return { kind, studies: reader ? reader.read(content, file) : [] };
}

/** How much of a file is looked at to tell its kind before it is read. */
const PEEK_BYTES = 1 << 20;

/**
 * Reads a source file: ClinicalTrials.gov JSON as a stream of studies (a download of any size is never whole
 * in memory), any other kind whole.
 */
export function readSourceFile(
  absolute: string,
  file: string,
): { kind: SourceKind; studies: Iterable<SourceStudy> } {
  const head = readHead(absolute, PEEK_BYTES).replace(/^\uFEFF/, '');
  if (looksLikeCtgovApiJson(head))
    return { kind: 'ctgov-api-json', studies: ctgovApiStudies(textPieces(absolute), file) };
  return readSource(readFileSync(absolute, 'utf8'), file);
}
