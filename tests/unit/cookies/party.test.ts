import { describe, expect, it } from 'vitest';
import { partyOf, siteOf } from '../../../lib/cookies/party';

describe('siteOf', () => {
  it('gives the registrable domain of a subdomain', () => {
    expect(siteOf('www.example.com')).toBe('example.com');
    expect(siteOf('a.b.c.example.com')).toBe('example.com');
    expect(siteOf('example.com')).toBe('example.com');
  });

  it('follows the Public Suffix List for multi-label suffixes', () => {
    expect(siteOf('shop.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('example.co.uk')).toBe('example.co.uk');
    expect(siteOf('www.bbc.co.uk')).not.toBe('co.uk');
  });

  it('counts private suffixes: two github.io pages are two sites', () => {
    expect(siteOf('alice.github.io')).toBe('alice.github.io');
    expect(siteOf('docs.alice.github.io')).toBe('alice.github.io');
  });

  it('strips the leading dot of a domain cookie and lower-cases', () => {
    expect(siteOf('.example.com')).toBe('example.com');
    expect(siteOf('.WWW.Example.COM')).toBe('example.com');
  });

  it('keeps IP addresses, localhost and bare suffixes as they are', () => {
    expect(siteOf('192.168.1.20')).toBe('192.168.1.20');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('[::1]')).toBe('[::1]');
    expect(siteOf('localhost')).toBe('localhost');
    expect(siteOf('co.uk')).toBe('co.uk');
  });
});

describe('partyOf', () => {
  it('is first party for the page\'s own host, its parent domain and its subdomains', () => {
    expect(partyOf('www.example.com', 'www.example.com')).toBe('first');
    expect(partyOf('.example.com', 'www.example.com')).toBe('first');
    expect(partyOf('accounts.example.com', 'www.example.com')).toBe('first');
    expect(partyOf('.shop.example.co.uk', 'example.co.uk')).toBe('first');
  });

  it('is third party for another site', () => {
    expect(partyOf('.zopim.com', 'www.example.com')).toBe('third');
    expect(partyOf('.doubleclick.net', 'www.example.com')).toBe('third');
    expect(partyOf('example.com.evil.net', 'example.com')).toBe('third');
  });

  it('is third party across sites that share a public suffix', () => {
    expect(partyOf('.other.co.uk', 'www.example.co.uk')).toBe('third');
    expect(partyOf('bob.github.io', 'alice.github.io')).toBe('third');
  });

  it('compares IP addresses and localhost exactly', () => {
    expect(partyOf('127.0.0.1', '127.0.0.1')).toBe('first');
    expect(partyOf('127.0.0.2', '127.0.0.1')).toBe('third');
    expect(partyOf('localhost', 'localhost')).toBe('first');
    expect(partyOf('localhost', '127.0.0.1')).toBe('third');
  });

  it('ignores case', () => {
    expect(partyOf('.EXAMPLE.com', 'www.example.COM')).toBe('first');
  });
});
