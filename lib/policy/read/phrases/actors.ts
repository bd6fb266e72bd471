/**
 * Data only: who acts in a clause: the company, the reader, or someone else. Used by
 * ../actor.ts so that "Google may share statistics with advertisers" is not read as the company
 * sharing, and "other users may obtain access to it" not as the reader's right of access.
 * Sources: the subjects of sharing and access sentences in the labelled development policies
 * (tests/fixtures/policy-labels) and the seed policies; well-known third parties named in them.
 */

/** What may follow a subject: a modal, an auxiliary or a verb of handling data. */
export const AFTER_SUBJECT =
  '(?:\\s+(?:also|then|only|may|will|would|can|could|might|shall|must|do|does|did|is|are|was|were|have|has|had|need|needs|uses?|collects?|receives?|shares?|discloses?|sells?|provides?|publish(?:es)?|sets?|places?|obtains?|gains?|gets?|employs?|serves?|tracks?)\\b)';

/** The company itself ("we", "the Company"); its proper name is unknown, so it is never required. */
export const COMPANY_SUBJECT = /\b(?:we|the company|our company)$/i;

/** The reader. */
export const READER_SUBJECT = /\b(?:you|users?|customers?|members?|visitors?|subscribers?|individuals?|data subjects?|consumers?|account holders?|parents?)$/i;

/** Someone else: third parties, other users, and platforms often named as acting on their own. */
export const OTHER_SUBJECT =
  /\b(?:third[- ]part(?:y|ies)(?:\s+\w+)?|they|these (?:companies|persons|parties|partners|providers|networks|sites|services|third parties|advertisers)|such (?:companies|parties|third parties)|other (?:online |[A-Z][\w-]* )?(?:users|visitors|members|players)(?:\s+(?:and|or|&)\s+\w+|\s+of\s+(?:the|our|this)\s+[\w-]+)?|(?:this|that)\s+person|others|advertisers|ad(?:vertising)? networks|ad servers|partners|vendors|(?:members|administrators?|admins?|owners?|managers?)\s+of\s+(?:your|the|their)\s+(?:\w+\s+)?(?:team|organi[sz]ation|company|group|workspace|account)|(?:account\s+|workspace\s+|team\s+)?(?:administrators?|admins)|your\s+(?:employer|organi[sz]ation|company|team)|(?:the|your|a|that|such)\s+(?:friends?|recipients?|invitees?)|google(?: analytics)?|facebook|twitter|youtube|linkedin|pinterest|instagram|microsoft|amazon|apple|doubleclick|jetpack|wordpress|hotjar|mixpanel|stripe|paypal)$/i;
