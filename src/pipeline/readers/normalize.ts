// Maps the words sources use for statuses, phases, sex and dates onto the dataset's enums.
import {
  PHASES,
  TRIAL_STATUSES,
  type AgeGroup,
  type Contact,
  type Phase,
  type TrialStatus,
} from '../../core/schema';

const STATUS_ALIASES: Record<string, TrialStatus> = {
  UNKNOWN_STATUS: 'UNKNOWN',
  ACTIVE: 'ACTIVE_NOT_RECRUITING',
  ENROLLING: 'ENROLLING_BY_INVITATION',
};

/** "Active, not recruiting", "ACTIVE_NOT_RECRUITING" → ACTIVE_NOT_RECRUITING; null when not a status. */
export function parseStatus(text: string): TrialStatus | null {
  const key = text
    .trim()
    .toUpperCase()
    .replace(/[^A-Z]+/g, '_')
    .replace(/^_|_$/g, '');
  if ((TRIAL_STATUSES as readonly string[]).includes(key)) return key as TrialStatus;
  return STATUS_ALIASES[key] ?? null;
}

const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };

/** "Phase 2", "PHASE2", "phase III", "Phase 1/Phase 2", "N/A", "Early Phase 1", "EARLY_PHASE1" → phases. */
export function parsePhases(text: string): Phase[] | null {
  const trimmed = text.trim();
  if (/^(n\/?a|not applicable)$/i.test(trimmed)) return ['NA'];
  const phases: Phase[] = [];
  for (const match of trimmed.matchAll(/(early[\s_-]*)?phase[\s_]*([1-4]|iv|i{1,3})\b/gi)) {
    const number = ROMAN[(match[2] ?? '').toUpperCase()] ?? match[2];
    const phase = `${match[1] ? 'EARLY_' : ''}PHASE${number}`;
    if ((PHASES as readonly string[]).includes(phase) && !phases.includes(phase as Phase)) {
      phases.push(phase as Phase);
    }
  }
  return phases.length > 0 ? phases : null;
}

/** "All", "Any", "Both" → ALL; "Female" → FEMALE; "Male" → MALE; null when not a sex. */
export function parseSex(text: string): 'ALL' | 'FEMALE' | 'MALE' | null {
  const key = text.trim().toUpperCase();
  if (key === 'ALL' || key === 'ANY' || key === 'BOTH') return 'ALL';
  if (key === 'FEMALE' || key === 'MALE') return key;
  return null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "2010-11-30", "2010-11", "November 2010", "May 11, 2018" → ISO date (as precise as the source). */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(trimmed)) return trimmed;
  const match = /^([A-Za-z]+)\s+(?:(\d{1,2}),\s*)?(\d{4})$/.exec(trimmed);
  if (!match) return null;
  const month = MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  const monthText = String(month).padStart(2, '0');
  return match[2] ? `${match[3]}-${monthText}-${match[2].padStart(2, '0')}` : `${match[3]}-${monthText}`;
}

/** "Principal Investigator" → PRINCIPAL_INVESTIGATOR, the API's spelling. */
export function roleKey(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/[^A-Z]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Collapses line-wrapped source text into single-spaced paragraphs. */
export function tidyText(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Splits the sponsor's site-number convention "1102 - LKH Graz" (or a bare "1106"). */
export function splitSiteNumber(name: string | null): { siteNumber: string | null; facility: string | null } {
  if (name === null) return { siteNumber: null, facility: null };
  const match = /^(\d{3,6})(?:\s+-\s+(.+))?$/.exec(name.trim());
  if (!match) return { siteNumber: null, facility: name.trim() || null };
  return { siteNumber: match[1] ?? null, facility: match[2]?.trim() || null };
}

/** A contact from its parts as the source gives them (blank parts null); null when every part is blank. */
export function makeContact(
  parts: Partial<Record<keyof Contact, string | null | undefined>>,
): Contact | null {
  const part = (value: string | null | undefined) => value?.trim() || null;
  const contact: Contact = {
    name: part(parts.name),
    role: part(parts.role),
    phone: part(parts.phone),
    phoneExt: part(parts.phoneExt),
    email: part(parts.email),
  };
  return contact.name || contact.phone || contact.email ? contact : null;
}

const AGE_UNITS_PER_YEAR: Record<string, number> = {
  year: 1,
  month: 12,
  week: 52.1775,
  day: 365.25,
  hour: 8766,
  minute: 525960,
};

/** "18 Years", "6 Months" → years; null when absent or not an age ("N/A"). */
export function ageInYears(text: string | null): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)s?$/i.exec(text?.trim() ?? '');
  if (!match) return null;
  return Number(match[1]) / (AGE_UNITS_PER_YEAR[(match[2] ?? '').toLowerCase()] ?? 1);
}

/**
 * ClinicalTrials.gov's age groups for an age range, by its own rule: child 0–17, adult 18–64, older adult
 * 65 and over. Empty when neither limit is stated (nothing is known).
 */
export function ageGroups(minimumAge: string | null, maximumAge: string | null): AgeGroup[] {
  const minimum = ageInYears(minimumAge);
  const maximum = ageInYears(maximumAge);
  if (minimum === null && maximum === null) return [];
  const low = minimum ?? 0;
  const high = maximum ?? Infinity;
  const groups: AgeGroup[] = [];
  if (low < 18) groups.push('CHILD');
  if (low < 65 && high >= 18) groups.push('ADULT');
  if (high >= 65) groups.push('OLDER_ADULT');
  return groups;
}

/** The newest of some ISO dates (YYYY, YYYY-MM, YYYY-MM-DD compare as text), or null. */
export function newestDate(dates: readonly (string | null)[]): string | null {
  let newest: string | null = null;
  for (const date of dates) if (date !== null && (newest === null || date > newest)) newest = date;
  return newest;
}
