/**
 * Word stems that every policy-link phrase (policy-link-phrases.ts) contains, for the content
 * script's cheap first pass: a link with none of these cannot rank, so it is not sent. A unit
 * test checks that each phrase contains one of them, so this stays a superset of the ranker.
 */
export const POLICY_LINK_HINTS = [
  'privacy', 'privacidad', 'privacidade', 'privasi', 'privatsphare', 'privatliv', 'prywatnosc', 'prywatnosci',
  'data protection', 'dataprotection', 'datenschutz', 'protection des donnees', 'donnees personnelles', 'vie privee',
  'proteccion de datos', 'protecao de dados', 'ochrona danych', 'ochrana osobnich', 'osobnich udaj', 'adatved',
  'confidentialit', 'confidentialitate', 'konfidentsialnost', 'konfidencialnost', 'riservatezza', 'informativa',
  'integritet', 'personvern', 'tietosuoja', 'gizlilik', 'bao mat', 'yinsi', 'kojinjoho', 'kojin joho',
  'конфиденциальн', 'поверителност', 'конфіденційн', 'απορρητ', 'プライバシー', '個人情報',
  '隐私', '隱私', '개인정보', 'الخصوصية', 'פרטיות', 'गोपनीयता',
] as const;
