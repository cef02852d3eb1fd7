// Blocks of a ClinicalTrials.gov study page that repeat a small layout: sponsors, investigators, identifiers.
import type { Investigator } from '../../core/schema';
import { roleKey } from './normalize';
import type { Line } from './text-lines';

export function readSponsors(lines: readonly Line[]): { lead: string | null; others: string[] } {
  let lead: string | null = null;
  const others: string[] = [];
  let block: Line[] = [];
  for (const line of lines) {
    const role = /^Sponsor Role (\w+)$/.exec(line.text)?.[1];
    if (role === undefined) {
      block.push(line);
      continue;
    }
    const name = block[0]?.text;
    if (name !== undefined) {
      if (role.toLowerCase() === 'lead' && lead === null) lead = name;
      else others.push(name);
    }
    block = [];
  }
  return { lead, others };
}

export function readInvestigators(lines: readonly Line[]): Investigator[] {
  const investigators: Investigator[] = [];
  lines.forEach((line, index) => {
    const role = /^Role: (.+)$/.exec(line.text)?.[1];
    const name = lines[index - 1];
    if (role === undefined || !name) return;
    const next = lines[index + 1];
    const afterNext = lines[index + 2];
    const hasAffiliation = next !== undefined && !(afterNext && /^Role: /.test(afterNext.text));
    investigators.push({
      name: name.text,
      role: roleKey(role),
      affiliation: hasAffiliation ? next.text : null,
    });
  });
  return investigators;
}

export function readOrgStudyIds(lines: readonly Line[]): string[] {
  const ids: string[] = [];
  lines.forEach((line, index) => {
    if (!/^Identifier Source: org_study_id$/i.test(line.text)) return;
    const id = lines.slice(0, index).findLast((candidate) => !candidate.text.startsWith('Identifier '));
    if (id) ids.push(id.text);
  });
  return ids;
}
