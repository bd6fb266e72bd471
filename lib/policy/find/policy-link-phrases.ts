/**
 * Data only: the words sites use for links to their privacy policy, and for links that look
 * similar but are not the policy (consent toggles, terms). Ranking logic lives in discover.ts.
 *
 * Phrases are matched against a folded form of the link text, title, aria-label and URL path
 * (lowercase, accents stripped, punctuation turned into spaces; see `foldForMatching` in
 * discover.ts), so "Politique de confidentialité" also matches the path
 * `/politique-de-confidentialite`. Write them as people write them; folding happens at load.
 */

export type PhraseStrength =
  /** Names the document itself: "Privacy Policy", "Datenschutzerklärung". */
  | 'document'
  /** Names the topic only: "Privacy", "Datenschutz". Usually the policy, sometimes a hub or a settings page. */
  | 'topic';

export interface PolicyPhrase {
  readonly phrase: string;
  /** BCP 47 language tag, for reasons shown to users and for reviewers of this list. */
  readonly lang: string;
  readonly strength: PhraseStrength;
  /**
   * Also match as the start of a longer word. German, Dutch and Swedish build compounds
   * ("Datenschutzhinweise", "Privacyverklaring", "Integritetsskydd") that no list can spell out.
   */
  readonly stem?: true;
}

export const POLICY_LINK_PHRASES = [
  // English
  { phrase: 'privacy policy', lang: 'en', strength: 'document' },
  { phrase: 'privacy notice', lang: 'en', strength: 'document' },
  { phrase: 'privacy statement', lang: 'en', strength: 'document' },
  { phrase: 'privacy and cookie policy', lang: 'en', strength: 'document' },
  { phrase: 'privacy & cookies policy', lang: 'en', strength: 'document' },
  { phrase: 'data protection', lang: 'en', strength: 'document' },
  { phrase: 'data protection notice', lang: 'en', strength: 'document' },
  { phrase: 'data privacy', lang: 'en', strength: 'document' },
  { phrase: 'privacy', lang: 'en', strength: 'topic', stem: true },
  // German
  { phrase: 'Datenschutzerklärung', lang: 'de', strength: 'document' },
  { phrase: 'Datenschutzhinweise', lang: 'de', strength: 'document' },
  { phrase: 'Datenschutzinformationen', lang: 'de', strength: 'document' },
  { phrase: 'Datenschutzrichtlinie', lang: 'de', strength: 'document' },
  { phrase: 'Datenschutzbestimmungen', lang: 'de', strength: 'document' },
  { phrase: 'Datenschutz', lang: 'de', strength: 'topic', stem: true },
  { phrase: 'Privatsphäre', lang: 'de', strength: 'topic' },
  // French
  { phrase: 'Politique de confidentialité', lang: 'fr', strength: 'document' },
  { phrase: 'Politique de protection des données', lang: 'fr', strength: 'document' },
  { phrase: 'Protection des données', lang: 'fr', strength: 'document' },
  { phrase: 'Déclaration de confidentialité', lang: 'fr', strength: 'document' },
  { phrase: 'Données personnelles', lang: 'fr', strength: 'topic' },
  { phrase: 'Vie privée', lang: 'fr', strength: 'topic' },
  { phrase: 'Confidentialité', lang: 'fr', strength: 'topic' },
  // Spanish
  { phrase: 'Política de privacidad', lang: 'es', strength: 'document' },
  { phrase: 'Aviso de privacidad', lang: 'es', strength: 'document' },
  { phrase: 'Protección de datos', lang: 'es', strength: 'document' },
  { phrase: 'Privacidad', lang: 'es', strength: 'topic' },
  // Portuguese
  { phrase: 'Política de Privacidade', lang: 'pt', strength: 'document' },
  { phrase: 'Aviso de Privacidade', lang: 'pt', strength: 'document' },
  { phrase: 'Proteção de dados', lang: 'pt', strength: 'document' },
  { phrase: 'Privacidade', lang: 'pt', strength: 'topic' },
  // Italian
  { phrase: 'Informativa sulla privacy', lang: 'it', strength: 'document' },
  { phrase: 'Informativa privacy', lang: 'it', strength: 'document' },
  { phrase: 'Informativa sul trattamento dei dati', lang: 'it', strength: 'document' },
  { phrase: 'Riservatezza', lang: 'it', strength: 'topic' },
  // Dutch
  { phrase: 'Privacybeleid', lang: 'nl', strength: 'document' },
  { phrase: 'Privacyverklaring', lang: 'nl', strength: 'document' },
  // Scandinavian
  { phrase: 'Integritetspolicy', lang: 'sv', strength: 'document' },
  { phrase: 'Integritet', lang: 'sv', strength: 'topic', stem: true },
  { phrase: 'Personvernerklæring', lang: 'nb', strength: 'document' },
  { phrase: 'Personvern', lang: 'nb', strength: 'topic', stem: true },
  { phrase: 'Privatlivspolitik', lang: 'da', strength: 'document' },
  { phrase: 'Tietosuojaseloste', lang: 'fi', strength: 'document' },
  { phrase: 'Tietosuoja', lang: 'fi', strength: 'topic', stem: true },
  // Central and Eastern Europe
  { phrase: 'Polityka prywatności', lang: 'pl', strength: 'document' },
  { phrase: 'Prywatność', lang: 'pl', strength: 'topic' },
  { phrase: 'Ochrona danych osobowych', lang: 'pl', strength: 'document' },
  { phrase: 'Ochrana osobních údajů', lang: 'cs', strength: 'document' },
  { phrase: 'Zásady ochrany osobních údajů', lang: 'cs', strength: 'document' },
  { phrase: 'Adatvédelmi tájékoztató', lang: 'hu', strength: 'document' },
  { phrase: 'Adatvédelem', lang: 'hu', strength: 'topic' },
  { phrase: 'Politica de confidențialitate', lang: 'ro', strength: 'document' },
  { phrase: 'Gizlilik politikası', lang: 'tr', strength: 'document' },
  { phrase: 'Gizlilik', lang: 'tr', strength: 'topic' },
  { phrase: 'Политика конфиденциальности', lang: 'ru', strength: 'document' },
  { phrase: 'Конфиденциальность', lang: 'ru', strength: 'topic' },
  { phrase: 'Политика за поверителност', lang: 'bg', strength: 'document' },
  { phrase: 'Політика конфіденційності', lang: 'uk', strength: 'document' },
  { phrase: 'Πολιτική απορρήτου', lang: 'el', strength: 'document' },
  // Asia and the Middle East: no spaces between words, so these match anywhere in the text.
  { phrase: 'プライバシーポリシー', lang: 'ja', strength: 'document' },
  { phrase: '個人情報保護方針', lang: 'ja', strength: 'document' },
  { phrase: '個人情報の取り扱い', lang: 'ja', strength: 'document' },
  { phrase: 'プライバシー', lang: 'ja', strength: 'topic' },
  { phrase: '隐私政策', lang: 'zh-Hans', strength: 'document' },
  { phrase: '隐私声明', lang: 'zh-Hans', strength: 'document' },
  { phrase: '隐私权政策', lang: 'zh-Hans', strength: 'document' },
  { phrase: '隱私權政策', lang: 'zh-Hant', strength: 'document' },
  { phrase: '隱私政策', lang: 'zh-Hant', strength: 'document' },
  { phrase: '隐私', lang: 'zh-Hans', strength: 'topic' },
  { phrase: '隱私', lang: 'zh-Hant', strength: 'topic' },
  { phrase: '개인정보처리방침', lang: 'ko', strength: 'document' },
  { phrase: '개인정보 처리방침', lang: 'ko', strength: 'document' },
  { phrase: '개인정보취급방침', lang: 'ko', strength: 'document' },
  { phrase: '개인정보', lang: 'ko', strength: 'topic' },
  { phrase: 'سياسة الخصوصية', lang: 'ar', strength: 'document' },
  { phrase: 'מדיניות פרטיות', lang: 'he', strength: 'document' },
  { phrase: 'गोपनीयता नीति', lang: 'hi', strength: 'document' },
  { phrase: 'Kebijakan Privasi', lang: 'id', strength: 'document' },
  { phrase: 'Chính sách bảo mật', lang: 'vi', strength: 'document' },
] as const satisfies readonly PolicyPhrase[];

/**
 * Words that only appear in URLs (run together or transliterated), matched against the folded
 * path and query. Everything in POLICY_LINK_PHRASES is matched against the path as well.
 */
export const POLICY_PATH_WORDS = [
  { phrase: 'privacypolicy', lang: 'en', strength: 'document' },
  { phrase: 'privacynotice', lang: 'en', strength: 'document' },
  { phrase: 'privacystatement', lang: 'en', strength: 'document' },
  { phrase: 'privacy policies', lang: 'en', strength: 'document' },
  { phrase: 'dataprotection', lang: 'en', strength: 'document' },
  { phrase: 'datenschutzerklaerung', lang: 'de', strength: 'document' },
  { phrase: 'confidentialite', lang: 'fr', strength: 'topic' },
  { phrase: 'politica privacidad', lang: 'es', strength: 'document' },
  { phrase: 'informativa', lang: 'it', strength: 'topic' },
  { phrase: 'prywatnosci', lang: 'pl', strength: 'topic' },
  { phrase: 'politika konfidentsialnosti', lang: 'ru', strength: 'document' },
  { phrase: 'konfidentsialnost', lang: 'ru', strength: 'topic' },
  { phrase: 'konfidencialnost', lang: 'ru', strength: 'topic' },
  { phrase: 'yinsi', lang: 'zh', strength: 'topic' },
  { phrase: 'kojinjoho', lang: 'ja', strength: 'topic' },
  { phrase: 'kojin joho', lang: 'ja', strength: 'topic' },
  { phrase: 'gizlilik', lang: 'tr', strength: 'topic' },
] as const satisfies readonly PolicyPhrase[];

/**
 * Consent and opt-out controls. They mention privacy but open a settings dialog or an opt-out
 * form, not the policy: "Your Privacy Choices" is the CCPA opt-out icon's label
 * (https://oag.ca.gov/privacy/ccpa/icons-download), "Cookie settings" opens a CMP banner.
 */
export const PRIVACY_TOGGLE_PHRASES = [
  'cookie settings', 'cookies settings', 'cookie preferences', 'cookie consent', 'manage cookies',
  'manage consent', 'consent preferences', 'consent settings', 'manage preferences',
  'privacy settings', 'privacy preferences', 'privacy choices', 'your privacy choices',
  'privacy options', 'privacy controls', 'privacy dashboard', 'do not sell', 'do not share',
  'do not sell or share', 'opt out', 'opt-out', 'ad choices', 'adchoices', 'limit the use',
  'cookie einstellungen', 'cookieeinstellungen', 'datenschutzeinstellungen', 
  'privatsphäre-einstellungen', 'einwilligung verwalten', 'einstellungen verwalten',
  'paramètres des cookies', 'gérer les cookies', 'paramètres de confidentialité', 'gérer mes choix',
  'préférences de confidentialité', 'préférences cookies', 'gestion des cookies',
  'configuración de cookies', 'configuración de privacidad', 'preferencias de privacidad',
  'no vender', 'configurações de cookies', 'configurações de privacidade', 'preferências de privacidade',
  'impostazioni cookie', 'impostazioni privacy', 'preferenze cookie', 'gestisci cookie',
  'cookie instellingen', 'cookie-instellingen', 'privacy instellingen', 'privacy-instellingen',
  'cookie inställningar', 'cookieinställningar', 'ustawienia prywatności', 'ustawienia cookies',
  'настройки конфиденциальности', 'настройки cookie', 'プライバシー設定', 'cookie設定',
  '隐私设置', '隱私設定', '쿠키 설정',
] as const satisfies readonly string[];

/** Links that sit next to the policy in every footer and are easy to confuse with it. */
export const TERMS_PHRASES = [
  'terms', 'terms of service', 'terms of use', 'terms and conditions', 'conditions of use',
  'legal notice', 'imprint', 'impressum', 'agb', 'nutzungsbedingungen', 'mentions légales',
  'conditions générales', 'cgu', 'cgv', 'términos', 'términos y condiciones', 'aviso legal',
  'termos de uso', 'termos e condições', 'condizioni', 'termini', 'note legali',
  'algemene voorwaarden', 'voorwaarden', 'villkor', 'användarvillkor', 'regulamin',
  'пользовательское соглашение', 'условия', '利用規約', '服务条款', '服務條款', '이용약관',
] as const satisfies readonly string[];

/**
 * Secondary notices that are real privacy documents but not the main policy: state or
 * audience specific supplements, archived versions. Ranked a little lower than the main one.
 */
export const SUPPLEMENTARY_NOTICE_WORDS = [
  'california', 'ccpa', 'cpra', 'nevada', 'washington', 'virginia', 'colorado', 'health data',
  'children', 'childrens', 'kids', 'employee', 'employees', 'applicant', 'applicants',
  'candidate', 'candidates', 'recruitment', 'archive', 'archived',
  'previous version', 'prior version', 'summary',
] as const satisfies readonly string[];

/**
 * Path words of account or consent pages that mention privacy ("/settings/privacy",
 * "/privacy/choices", "/ccpa-opt-out"): the page is a control panel, not the policy.
 */
export const SETTINGS_PATH_WORDS = [
  'settings', 'preferences', 'choices', 'consent', 'opt out', 'optout', 'dnsmpi', 'do not sell',
  'einstellungen', 'parametres', 'configuracion', 'configuracoes', 'impostazioni', 'instellingen',
] as const satisfies readonly string[];
