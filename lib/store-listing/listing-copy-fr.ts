import { exampleVendors, languageList, type DescriptionFacts, type ListingCopy } from './listing-copy-types';

/**
 * The listing's own words in French, in the wording of the RGPD's official French text and the
 * CNIL's (données à caractère personnel, destinataires, durée de conservation, consentement,
 * opposition, traceurs; art. 25 "protection des données dès la conception") and the extension's
 * own (locales/fr.yml), with "vous".
 */
export const listingCopyFr: ListingCopy = {
  screenshotCaptions: {
    popup: 'Voyez les widgets de chat, les traceurs et les cookies de la page où vous êtes',
    policy: 'La politique de confidentialité en faits, chacun avec la phrase dont il vient',
    dashboard: 'Comparez tous les sites visités, sur votre ordinateur uniquement',
    options: 'Vos blocages, widgets sans cookies et oppositions, réunis au même endroit',
  },
  singlePurpose:
    "Privacy Inspector montre ce que le site de l'onglet actif fait de vos données (ses widgets de chat, ses traceurs et ses cookies, et sa politique de confidentialité résumée en faits) et vous permet d'agir : effacer, bloquer ou vous opposer.",
  detailedDescription: (facts: DescriptionFacts) => `Privacy Inspector montre ce que le site que vous consultez fait de vos données, et vous permet d'agir en un clic.

VOIR
• Les widgets de chat en direct et de messagerie de la page (${facts.widgetVendors.length} fournisseurs, dont ${exampleVendors(facts)}), y compris ceux qu'un gestionnaire de balises ajoute après coup, chacun avec l'indice qui a permis de le repérer.
• Les traceurs auxquels la page fait appel, et tous les cookies de l'onglet, internes et tiers, cookies partitionnés compris : qui les dépose, dans quel but et pour combien de temps.

COMPRENDRE
• La politique de confidentialité du site, et celle de chaque fournisseur de widget, lue pour vous et présentée sous forme de faits, chacun avec la phrase dont il est tiré : durée de conservation, destinataires des données à caractère personnel, vente éventuelle des données, Do Not Track, âge minimum des enfants, lieu de stockage des données, vos droits et qui contacter.
• Ce qui a changé dans une politique depuis votre dernière lecture.

AGIR
• Effacer les cookies et le stockage du site, avec possibilité d'annuler.
• Bloquer un widget ou un traceur, ou ne charger un chat qu'au clic.
• Mode sans cookies, cookies d'opposition des fournisseurs, Do Not Track et Global Privacy Control.
• Bannières de cookies : les demandes de consentement reçoivent la réponse « Refuser » à votre place, sauf sur les sites où vous préférez décider vous-même.
• Un historique des sites visités, à comparer dans un tableau de bord ; export en JSON ou CSV.

PROTECTION DES DONNÉES DÈS LA CONCEPTION
Tout reste dans votre navigateur. Rien ne quitte votre ordinateur, sauf la récupération de la politique de confidentialité que vous consultez, envoyée sans cookies. Pas de compte, pas de mesure d'audience, pas de code distant. Rien n'est conservé des fenêtres de navigation privée.

Langues : ${languageList(facts.languages, 'fr')}.`,
};
