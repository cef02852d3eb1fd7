// The names of a published dataset's compact files: the pipeline writes them, the app fetches them. Apart from
// the format, so the page's first script does not carry the decoder for a name.

/** The sites' text (names and details), published beside sites.bin. */
export const SITE_TEXT_FILE = 'site-text.bin';
