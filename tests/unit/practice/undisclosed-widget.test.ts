import { describe, expect, it } from 'vitest';
import { undisclosedWidget } from '../../../lib/practice/rules/undisclosed-widget';
import { cookieRecord } from '../cookies/cookie-record';
import { expiresIn, policyOf, practiceInput } from './practice-input';

const widget = { id: 'zendesk-chat', name: 'Zendesk Chat (Zopim)', vendor: 'Zendesk', evidence: ['script https://v2.zopim.com/'] };
const chatId = cookieRecord('__zlcmid', { vendor: 'Zendesk', widgetId: 'zendesk-chat', category: 'functional', expires: expiresIn(365) });
const silent = policyOf('We keep your personal data for 1 year.');

describe('a chat widget the policy does not disclose', () => {
  it('a widget that sets an identifier under a policy naming no third party is a mismatch', () => {
    const found = undisclosedWidget(practiceInput({ sitePolicy: silent, widgets: [widget], cookies: [chatId] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'undisclosed-widget', policyEvidence: { fact: 'sharing', quote: null }, observed: { type: 'widget', details: ['__zlcmid'] } });
  });

  it('none when the policy names service providers, the vendor or the cookie, or the widget sets no identifier', () => {
    const sharing = policyOf('We share personal data with service providers who host our website.');
    expect(undisclosedWidget(practiceInput({ sitePolicy: sharing, widgets: [widget], cookies: [chatId] }))).toEqual([]);
    const namesCookie = policyOf('We keep your personal data for 1 year. Our chat sets the __zlcmid cookie.');
    expect(namesCookie.facts.cookies.value).toContain('__zlcmid');
    expect(undisclosedWidget(practiceInput({ sitePolicy: namesCookie, widgets: [widget], cookies: [chatId] }))).toEqual([]);
    const consentOnly = cookieRecord('__zlcprivacy', { widgetId: 'zendesk-chat', category: 'preferences', expires: expiresIn(365) });
    expect(undisclosedWidget(practiceInput({ sitePolicy: silent, widgets: [widget], cookies: [consentOnly] }))).toEqual([]);
    expect(undisclosedWidget(practiceInput({ sitePolicy: null, widgets: [widget], cookies: [chatId] }))).toEqual([]);
  });
});
