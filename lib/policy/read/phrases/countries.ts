/**
 * Data only: country names as policies write them, with their ISO 3166-1 alpha-2 codes.
 * Generated from Intl.DisplayNames('en', region) and hand-edited: deprecated codes dropped,
 * common aliases added ("U.S.", "Holland", "South Korea"), the EU / EEA / Europe mapped to "EU"
 * as the contract asks. Left out on purpose: "Georgia" and "Jersey" (U.S. states far more often
 * than countries in these texts) and "Wales" (New South Wales). Used by ../facts/data-locations.ts.
 */

/** Case-insensitive names. */
export const COUNTRY_NAMES: readonly (readonly [name: string, code: string])[] = [
  ['Afghanistan', 'AF'], ['Åland Islands', 'AX'], ['Albania', 'AL'], ['Algeria', 'DZ'], ['American Samoa', 'AS'],
  ['Andorra', 'AD'], ['Angola', 'AO'], ['Anguilla', 'AI'], ['Antarctica', 'AQ'], ['Antigua and Barbuda', 'AG'],
  ['Antigua & Barbuda', 'AG'], ['Argentina', 'AR'], ['Armenia', 'AM'], ['Aruba', 'AW'], ['Australia', 'AU'],
  ['Austria', 'AT'], ['Azerbaijan', 'AZ'], ['Bahamas', 'BS'], ['Bahrain', 'BH'], ['Bangladesh', 'BD'],
  ['Barbados', 'BB'], ['Belarus', 'BY'], ['Belgium', 'BE'], ['Belize', 'BZ'], ['Benin', 'BJ'], ['Bermuda', 'BM'],
  ['Bhutan', 'BT'], ['Bolivia', 'BO'], ['Bosnia and Herzegovina', 'BA'], ['Bosnia & Herzegovina', 'BA'],
  ['Botswana', 'BW'], ['Brazil', 'BR'], ['British Virgin Islands', 'VG'], ['Brunei', 'BN'], ['Bulgaria', 'BG'],
  ['Burkina Faso', 'BF'], ['Burundi', 'BI'], ['Cambodia', 'KH'], ['Cameroon', 'CM'], ['Canada', 'CA'],
  ['Cape Verde', 'CV'], ['Cabo Verde', 'CV'], ['Cayman Islands', 'KY'], ['Central African Republic', 'CF'],
  ['Chad', 'TD'], ['Chile', 'CL'], ['China', 'CN'], ["People's Republic of China", 'CN'], ['PRC', 'CN'],
  ['Colombia', 'CO'], ['Comoros', 'KM'], ['Democratic Republic of the Congo', 'CD'], ['Republic of the Congo', 'CG'],
  ['Costa Rica', 'CR'], ["Côte d'Ivoire", 'CI'], ['Côte d’Ivoire', 'CI'], ['Cote d’Ivoire', 'CI'], ["Cote d'Ivoire", 'CI'],
  ['Ivory Coast', 'CI'], ['Croatia', 'HR'], ['Cuba', 'CU'], ['Curaçao', 'CW'], ['Cyprus', 'CY'], ['Czechia', 'CZ'],
  ['Czech Republic', 'CZ'], ['Denmark', 'DK'], ['Djibouti', 'DJ'], ['Dominica', 'DM'], ['Dominican Republic', 'DO'],
  ['Ecuador', 'EC'], ['Egypt', 'EG'], ['El Salvador', 'SV'], ['Equatorial Guinea', 'GQ'], ['Eritrea', 'ER'],
  ['Estonia', 'EE'], ['Eswatini', 'SZ'], ['Swaziland', 'SZ'], ['Ethiopia', 'ET'], ['Falkland Islands', 'FK'],
  ['Faroe Islands', 'FO'], ['Fiji', 'FJ'], ['Finland', 'FI'], ['France', 'FR'], ['French Guiana', 'GF'],
  ['French Polynesia', 'PF'], ['Gabon', 'GA'], ['Gambia', 'GM'], ['Germany', 'DE'], ['Ghana', 'GH'],
  ['Gibraltar', 'GI'], ['Greece', 'GR'], ['Greenland', 'GL'], ['Grenada', 'GD'], ['Guadeloupe', 'GP'], ['Guam', 'GU'],
  ['Guatemala', 'GT'], ['Guernsey', 'GG'], ['Guinea', 'GN'], ['Guinea-Bissau', 'GW'], ['Guyana', 'GY'], ['Haiti', 'HT'],
  ['Honduras', 'HN'], ['Hong Kong', 'HK'], ['Hungary', 'HU'], ['Iceland', 'IS'], ['India', 'IN'], ['Indonesia', 'ID'],
  ['Iran', 'IR'], ['Iraq', 'IQ'], ['Ireland', 'IE'], ['Republic of Ireland', 'IE'], ['Isle of Man', 'IM'],
  ['Israel', 'IL'], ['Italy', 'IT'], ['Jamaica', 'JM'], ['Japan', 'JP'], ['Jordan', 'JO'], ['Kazakhstan', 'KZ'],
  ['Kenya', 'KE'], ['Kiribati', 'KI'], ['Kosovo', 'XK'], ['Kuwait', 'KW'], ['Kyrgyzstan', 'KG'], ['Laos', 'LA'],
  ['Latvia', 'LV'], ['Lebanon', 'LB'], ['Lesotho', 'LS'], ['Liberia', 'LR'], ['Libya', 'LY'], ['Liechtenstein', 'LI'],
  ['Lithuania', 'LT'], ['Luxembourg', 'LU'], ['Macao', 'MO'], ['Macau', 'MO'], ['Madagascar', 'MG'], ['Malawi', 'MW'],
  ['Malaysia', 'MY'], ['Maldives', 'MV'], ['Mali', 'ML'], ['Malta', 'MT'], ['Marshall Islands', 'MH'],
  ['Martinique', 'MQ'], ['Mauritania', 'MR'], ['Mauritius', 'MU'], ['Mayotte', 'YT'], ['Mexico', 'MX'],
  ['Micronesia', 'FM'], ['Moldova', 'MD'], ['Monaco', 'MC'], ['Mongolia', 'MN'], ['Montenegro', 'ME'],
  ['Montserrat', 'MS'], ['Morocco', 'MA'], ['Mozambique', 'MZ'], ['Myanmar', 'MM'], ['Burma', 'MM'], ['Namibia', 'NA'],
  ['Nauru', 'NR'], ['Nepal', 'NP'], ['Netherlands', 'NL'], ['Holland', 'NL'], ['New Caledonia', 'NC'],
  ['New Zealand', 'NZ'], ['Nicaragua', 'NI'], ['Niger', 'NE'], ['Nigeria', 'NG'], ['North Korea', 'KP'],
  ['North Macedonia', 'MK'], ['Macedonia', 'MK'], ['Norway', 'NO'], ['Oman', 'OM'], ['Pakistan', 'PK'], ['Palau', 'PW'],
  ['Palestine', 'PS'], ['Panama', 'PA'], ['Papua New Guinea', 'PG'], ['Paraguay', 'PY'], ['Peru', 'PE'],
  ['Philippines', 'PH'], ['Poland', 'PL'], ['Portugal', 'PT'], ['Puerto Rico', 'PR'], ['Qatar', 'QA'],
  ['Réunion', 'RE'], ['Romania', 'RO'], ['Russia', 'RU'], ['Russian Federation', 'RU'], ['Rwanda', 'RW'],
  ['Saint Kitts and Nevis', 'KN'], ['Saint Lucia', 'LC'], ['Saint Vincent and the Grenadines', 'VC'], ['Samoa', 'WS'],
  ['San Marino', 'SM'], ['São Tomé and Príncipe', 'ST'], ['Sao Tome and Principe', 'ST'], ['Saudi Arabia', 'SA'],
  ['Senegal', 'SN'], ['Serbia', 'RS'], ['Seychelles', 'SC'], ['Sierra Leone', 'SL'], ['Singapore', 'SG'],
  ['Sint Maarten', 'SX'], ['Slovakia', 'SK'], ['Slovak Republic', 'SK'], ['Slovenia', 'SI'], ['Solomon Islands', 'SB'],
  ['Somalia', 'SO'], ['South Africa', 'ZA'], ['South Korea', 'KR'], ['Republic of Korea', 'KR'], ['Korea', 'KR'],
  ['South Sudan', 'SS'], ['Spain', 'ES'], ['Sri Lanka', 'LK'], ['Sudan', 'SD'], ['Suriname', 'SR'], ['Sweden', 'SE'],
  ['Switzerland', 'CH'], ['Syria', 'SY'], ['Taiwan', 'TW'], ['Tajikistan', 'TJ'], ['Tanzania', 'TZ'],
  ['Thailand', 'TH'], ['Timor-Leste', 'TL'], ['East Timor', 'TL'], ['Togo', 'TG'], ['Tonga', 'TO'],
  ['Trinidad and Tobago', 'TT'], ['Trinidad & Tobago', 'TT'], ['Tunisia', 'TN'], ['Turkey', 'TR'], ['Türkiye', 'TR'],
  ['Turkmenistan', 'TM'], ['Turks and Caicos Islands', 'TC'], ['Tuvalu', 'TV'], ['Uganda', 'UG'], ['Ukraine', 'UA'],
  ['United Arab Emirates', 'AE'], ['United Kingdom', 'GB'], ['Great Britain', 'GB'], ['Britain', 'GB'],
  ['England', 'GB'], ['Scotland', 'GB'], ['Northern Ireland', 'GB'],
  ['United States of America', 'US'], ['United States', 'US'], ['Uruguay', 'UY'], ['Uzbekistan', 'UZ'],
  ['Vanuatu', 'VU'], ['Vatican City', 'VA'], ['Venezuela', 'VE'], ['Vietnam', 'VN'], ['Viet Nam', 'VN'],
  ['U.S. Virgin Islands', 'VI'], ['Yemen', 'YE'], ['Zambia', 'ZM'], ['Zimbabwe', 'ZW'],
  // Regions the contract maps to "EU".
  ['European Economic Area', 'EU'], ['European Union', 'EU'], ['Europe', 'EU'],
];

/** Case-sensitive abbreviations ("US" only in capitals: "us" is a pronoun). */
export const COUNTRY_ABBREVIATIONS: readonly (readonly [abbreviation: string, code: string])[] = [
  ['U.S.A.', 'US'], ['U.S.A', 'US'], ['USA', 'US'], ['U.S.', 'US'], ['U.S', 'US'], ['US', 'US'],
  ['U.K.', 'GB'], ['UK', 'GB'], ['EEA', 'EU'], ['E.E.A.', 'EU'], ['EU', 'EU'], ['E.U.', 'EU'], ['UAE', 'AE'],
  ['PRC', 'CN'],
];

/**
 * Data-centre cities and U.S. states that stand for a country when a policy names them as
 * where data is hosted ("servers in Frankfurt", "AWS data centers in Virginia").
 */
export const HOSTING_PLACES: readonly (readonly [name: string, code: string])[] = [
  ['Frankfurt', 'DE'], ['Dublin', 'IE'], ['Amsterdam', 'NL'], ['London', 'GB'], ['Paris', 'FR'], ['Stockholm', 'SE'],
  ['Tokyo', 'JP'], ['Sydney', 'AU'], ['Mumbai', 'IN'], ['Montreal', 'CA'], ['Toronto', 'CA'], ['São Paulo', 'BR'],
  ['Sao Paulo', 'BR'], ['Seoul', 'KR'], ['Zurich', 'CH'], ['Warsaw', 'PL'], ['Helsinki', 'FI'], ['Milan', 'IT'],
  ['Virginia', 'US'], ['Oregon', 'US'], ['Ohio', 'US'], ['California', 'US'], ['Texas', 'US'], ['Iowa', 'US'],
  ['Illinois', 'US'], ['New York', 'US'], ['Washington State', 'US'], ['Nevada', 'US'], ['Utah', 'US'],
  ['South Carolina', 'US'], ['North Carolina', 'US'], ['Arizona', 'US'], ['Massachusetts', 'US'],
];
