// Reads a news article about a trial: only the facts it states (phase, size, arms, lead investigator, results).
import type { Intervention, Investigator, Trial } from '../../core/schema';
import { slugify } from '../ids';
import { SourceError } from '../source-error';
import { parsePhases } from './normalize';
import type { SourceStudy } from './source-study';
import { nonEmptyLines, type Line } from './text-lines';

export function looksLikeNewsArticle(text: string): boolean {
  return /^,?\s*by\s+\S/im.test(text) && /\bphase (?:[1-4]|I{1,3}|IV)\b[^.]*\btrial\b/i.test(text);
}

export function readNewsArticle(text: string, file: string): SourceStudy[] {
  const lines = nonEmptyLines(text);
  // The headline is the line just above the byline (", by NCI Staff").
  const byline = lines.findIndex((line) => /^,?\s*by\s+\S/i.test(line.text));
  const headline = byline > 0 ? lines[byline - 1] : undefined;
  if (!headline) throw new SourceError(file, 1, 'no headline found above a byline (", by ...")');
  const body = lines.slice(byline + 1);
  const sentences = body.flatMap((line) => splitSentences(line.text));
  const phaseSentence = sentences.find((sentence) =>
    /\bphase (?:[1-4]|I{1,3}|IV)\b[^.]*\btrial\b/i.test(sentence),
  );
  if (!phaseSentence) throw new SourceError(file, headline.number, 'the article names no trial phase');
  const enrollment = sentences
    .map((sentence) => /\bincluded (\d[\d,]*) patients\b/i.exec(sentence)?.[1])
    .find(Boolean);
  const nctId = body.map((line) => /\b(NCT\d{8})\b/.exec(line.text)?.[1]).find(Boolean) ?? null;
  const results = sentences.filter(
    (sentence) => /\d/.test(sentence) && /\b(versus|compared with)\b/i.test(sentence),
  );
  const trial: Trial = {
    id: nctId ?? slugify(headline.text),
    nctId,
    orgStudyIds: [],
    title: headline.text,
    overallStatus: 'UNKNOWN',
    phases: parsePhases(/\bphase (?:[1-4]|I{1,3}|IV)\b/i.exec(phaseSentence)?.[0] ?? '') ?? [],
    enrollment: enrollment ? { count: Number(enrollment.replace(/,/g, '')), type: 'ACTUAL' } : null,
    sponsor: null,
    collaborators: [],
    overallOfficials: readLeadInvestigator(sentences),
    centralContacts: [],
    conditions: [],
    interventions: readArms(sentences, body),
    minimumAge: null,
    maximumAge: null,
    sex: null,
    stdAges: [],
    healthyVolunteers: null,
    studyType: null,
    keywords: [],
    startDate: null,
    primaryCompletionDate: null,
    completionDate: null,
    lastUpdatePosted: null,
    statusVerifiedDate: null,
    summary: phaseSentence,
    results: results.length > 0 ? results.join(' ') : null,
    sitesListed: false,
    source: { file, kind: 'news-article' },
  };
  return [{ trial, sites: [] }];
}

function splitSentences(paragraph: string): string[] {
  // Split after ". " but not after initials and titles such as "M.D." or "Dr.".
  return paragraph.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/).reduce<string[]>((sentences, part) => {
    const previous = sentences.at(-1);
    if (previous !== undefined && /\b(?:[A-Z]\.|Dr\.|Mr\.|Ms\.|vs\.)$/.test(previous)) {
      sentences[sentences.length - 1] = `${previous} ${part}`;
    } else sentences.push(part);
    return sentences;
  }, []);
}

// "The trial investigators, led by Hagop Kantarjian, M.D., of the University of Texas MD Anderson Cancer Center, ..."
function readLeadInvestigator(sentences: readonly string[]): Investigator[] {
  for (const sentence of sentences) {
    const match =
      /\bled by ((?:Dr\. )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)+(?:, (?:M\.D\.|MD|Ph\.D\.|PhD))*),? of (?:the )?([^,]+)/.exec(
        sentence,
      );
    if (match?.[1] && match[2]) {
      return [{ name: match[1], role: 'LEAD_INVESTIGATOR', affiliation: match[2].trim() }];
    }
  }
  return [];
}

// "randomly assigned participants to receive blinatumomab or standard chemotherapy with ..."
function readArms(sentences: readonly string[], body: readonly Line[]): Intervention[] {
  for (const sentence of sentences) {
    const match =
      /\bassigned (?:participants|patients) to receive ([\w -]+?) or ([\w -]+?)(?: with\b|[,.])/i.exec(
        sentence,
      );
    if (!match?.[1] || !match[2]) continue;
    return [match[1], match[2]].map((name) => ({ name, type: null, otherNames: brandNames(name, body) }));
  }
  return [];
}

// "blinatumomab (Blincyto®)" names the brand of a drug.
function brandNames(name: string, body: readonly Line[]): string[] {
  const pattern = new RegExp(`\\b${name.replace(/[^\w ]/g, '')} \\(([A-Z][\\w-]+)®\\)`, 'i');
  const brand = body.map((line) => pattern.exec(line.text)?.[1]).find(Boolean);
  return brand ? [brand] : [];
}
