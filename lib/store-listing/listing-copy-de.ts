import { exampleVendors, languageList, type DescriptionFacts, type ListingCopy } from './listing-copy-types';

/**
 * The listing's own words in German, in the wording of the DSGVO's official German text
 * (personenbezogene Daten, Empfänger, Speicherdauer, Einwilligung, Widerspruch; Art. 25
 * "Datenschutz durch Technikgestaltung") and the extension's own (locales/de.yml), formal "Sie".
 */
export const listingCopyDe: ListingCopy = {
  screenshotCaptions: {
    popup: 'Sehen Sie die Chat-Widgets, Tracker und Cookies der Seite, auf der Sie sind',
    policy: 'Die Datenschutzerklärung als Fakten, jeder mit dem Satz, aus dem er stammt',
    dashboard: 'Alle besuchten Websites im Vergleich, nur auf Ihrem Computer',
    options: 'Ihre Blockierungen, Widgets ohne Cookies und Widersprüche an einem Ort',
  },
  singlePurpose:
    'Privacy Inspector zeigt, was die Website im aktuellen Tab mit Ihren Daten macht (ihre Chat-Widgets, Tracker und Cookies sowie ihre Datenschutzerklärung als Fakten), und lässt Sie darauf reagieren: löschen, blockieren oder widersprechen.',
  detailedDescription: (facts: DescriptionFacts) => `Privacy Inspector zeigt, was die Website vor Ihnen mit Ihren Daten macht, und lässt Sie mit einem Klick darauf reagieren.

SEHEN
• Die Live-Chat- und Messaging-Widgets der Seite (${facts.widgetVendors.length} Anbieter, etwa ${exampleVendors(facts)}), auch solche, die ein Tag-Manager erst später einbindet, jeweils mit dem Nachweis, woran sie erkannt wurden.
• Die Tracker, von denen die Seite Inhalte lädt, und alle Cookies des Tabs, von der Website selbst und von Drittanbietern, partitionierte eingeschlossen: wer sie setzt, wozu und wie lange sie bestehen bleiben.

VERSTEHEN
• Die Datenschutzerklärung der Website und die jedes Widget-Anbieters, für Sie gelesen und als Fakten dargestellt, jeweils mit dem Satz, aus dem sie stammen: Speicherdauer, Empfänger personenbezogener Daten, ob Daten verkauft werden, Do Not Track, Altersgrenze für Kinder, Speicherort der Daten, Ihre Rechte und an wen Sie sich wenden können.
• Was sich an einer Datenschutzerklärung geändert hat, seit Sie sie zuletzt gelesen haben.

HANDELN
• Cookies und Speicher der Website löschen, mit Rückgängig-Funktion.
• Ein Widget oder einen Tracker blockieren oder einen Chat erst bei Klick laden.
• Modus „Ohne Cookies“, Widerspruch über die Opt-out-Cookies der Anbieter, Do Not Track und Global Privacy Control.
• Cookie-Banner: Einwilligungsabfragen werden für Sie mit „Ablehnen“ beantwortet, außer auf den Websites, auf denen Sie selbst entscheiden möchten.
• Ein Verlauf der besuchten Websites, im Dashboard vergleichbar; Export als JSON oder CSV.

DATENSCHUTZ DURCH TECHNIKGESTALTUNG
Alles bleibt in Ihrem Browser. Nichts verlässt Ihren Computer außer dem Abruf einer Datenschutzerklärung, die Sie sich gerade ansehen – und der erfolgt ohne Cookies. Kein Konto, keine Nutzungsanalyse, kein nachgeladener Code. Aus privaten Fenstern wird nichts gespeichert.

Sprachen: ${languageList(facts.languages, 'de')}.`,
};
