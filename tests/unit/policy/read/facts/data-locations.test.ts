import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';

describe('dataLocations', () => {
  it('reads storage and processing places', () => {
    expect(valueOf('dataLocations', 'We process personal information on our servers in the United States of America.')).toEqual(['US']);
    expect(valueOf('dataLocations', 'Your data is hosted on servers located in Singapore, Germany, Canada, the Netherlands and the United States.')).toEqual(['SG', 'DE', 'CA', 'NL', 'US']);
    expect(valueOf('dataLocations', 'All customer data is stored within the European Union.')).toEqual(['EU']);
    expect(valueOf('dataLocations', 'We store data on U.S.-based servers.')).toEqual(['US']);
  });

  it('reads transfer destinations but not origins', () => {
    expect(valueOf('dataLocations', 'Your personal information may be transferred from the EEA and Switzerland to the United States.')).toEqual(['US']);
    expect(valueOf('dataLocations', 'We rely on lawful measures to transfer your personal information outside the EEA and Switzerland.')).toEqual([]);
    expect(valueOf('dataLocations', 'If you are located in the EEA, your data may be processed by our sub-processors in India.')).toEqual(['IN']);
    expect(valueOf('dataLocations', 'We will not transfer personal data originating in the EU to third parties without safeguards.')).toEqual([]);
  });

  it('ignores addresses, laws and legal scope', () => {
    expect(valueOf('dataLocations', 'Our company is located in Singapore.')).toEqual([]);
    expect(valueOf('dataLocations', 'JAMS is an alternative dispute resolution provider located in the United States.')).toEqual([]);
    expect(valueOf('dataLocations', 'This applies where the processing of personal data takes place in the EU or not.')).toEqual([]);
    expect(valueOf('dataLocations', 'CONTACT US TO LEARN HOW WE PROCESS AND STORE YOUR DATA.')).toEqual([]);
    expect(valueOf('dataLocations', 'Write to 525 W. Remington Drive, Sunnyvale, CA 94087 about the data we store.')).toEqual([]);
  });

  it('maps data-centre cities only in hosting context', () => {
    expect(valueOf('dataLocations', 'Chat data is hosted on servers in Frankfurt.')).toEqual(['DE']);
    expect(valueOf('dataLocations', 'Our support team in London may access your data.')).toEqual([]);
  });

  it('gives evidence per country', () => {
    const fact = factOf('dataLocations', 'We store data in Ireland. Backups are stored in Japan.');
    expect(fact.evidence.map((e) => e.quote)).toEqual(['We store data in Ireland.', 'Backups are stored in Japan.']);
  });
});

describe('dataLocations: places after a data subject (issue 14)', () => {
  it('takes the storage place after "residents", not the residents\' region', () => {
    expect(valueOf('dataLocations', 'Data of EU residents is stored in Germany.')).toEqual(['DE']);
    expect(valueOf('dataLocations', 'If you are outside of the United States, your information will be processed and stored in the United States and you consent to such storage under the laws of the United States.')).toEqual(['US']);
    expect(valueOf('dataLocations', 'This policy is governed by the laws of Germany, where our data is processed under the law.')).toEqual([]);
    expect(valueOf('dataLocations', 'We comply with the EU-US Privacy Shield Framework regarding personal information transferred from the European Union to the United States.')).toEqual(['US']);
  });
});

describe('dataLocations: unseen policies, fifth pass (issue 14)', () => {
  it('reads "U.S." whose last period is followed by more of the sentence', () => {
    expect(valueOf('dataLocations', 'Your information is stored in the U.S. and may be accessed by our staff.')).toEqual(['US']);
    expect(valueOf('dataLocations', 'Our U.S. team answers questions; your data is stored by our provider.')).toEqual([]);
  });
  it('does not take a framework named after regions as a place', () => {
    expect(valueOf('dataLocations', 'For data transfers we adhere to the EU-U.S. Privacy Shield principles.')).toEqual([]);
    expect(valueOf('dataLocations', 'For personal data transfers we take part in the EU-U.S. and Swiss-U.S. Safe Harbor programs.')).toEqual([]);
    expect(valueOf('dataLocations', 'Personal data may be transferred to the EU or to the United States.')).toEqual(['EU', 'US']);
  });
  it('does not take where users are located, or a comparison of protection levels, as a place', () => {
    expect(valueOf('dataLocations', 'Where our users are located in the European Economic Area, their information is transferred to servers outside it.')).toEqual([]);
    expect(valueOf('dataLocations', 'You accept that the storage of your data abroad may not offer the same level of data protection as in countries within the European Union.')).toEqual([]);
    expect(valueOf('dataLocations', 'Information about our users is stored in the European Economic Area.')).toEqual(['EU']);
    expect(valueOf('dataLocations', 'Your data is kept in the European Union, which offers an equivalent level of protection.')).toEqual(['EU']);
  });
});

describe('dataLocations: unseen policies, sixth pass (issue 14)', () => {
  it('does not take a place after "from within" as a destination', () => {
    expect(valueOf('dataLocations', 'Requests about personal data sent from within the European Union are handled under local procedures.')).toEqual([]);
    expect(valueOf('dataLocations', 'Personal data is sent to servers within the European Union.')).toEqual(['EU']);
  });
  it('reads a destination after a preposition set off by commas ("within, or sent to, the ...")', () => {
    expect(valueOf('dataLocations', 'Records about you may be held within, or sent to, the United Kingdom.')).toEqual(['GB']);
    expect(valueOf('dataLocations', 'Records collected from, or about, the United Kingdom are reviewed by staff.')).toEqual([]);
  });
});

describe('dataLocations: unseen policies, seventh pass (issue 14)', () => {
  it('keeps a clause whole across the period of "e.g."', () => {
    expect(valueOf('dataLocations', 'We sometimes pass records to partners abroad (e.g. a contractor located in Canada who helps us).')).toEqual(['CA']);
  });
  it('still needs data and a storage or transfer word in the clause', () => {
    expect(valueOf('dataLocations', 'Support staff (e.g. in the United States) answer questions by phone.')).toEqual([]);
  });
});
