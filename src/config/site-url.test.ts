import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, publicAddress } from './site-url';

describe('publicAddress', () => {
  it('is a local preview without SITE_URL', () => {
    expect(publicAddress({})).toEqual({ origin: LOCAL_ORIGIN, base: '/', local: true });
    expect(publicAddress({ SITE_URL: ' ', BASE_PATH: '/strategi/' })).toEqual({ origin: LOCAL_ORIGIN, base: '/strategi/', local: true });
  });
  it('takes the origin, and the base path from SITE_URL unless BASE_PATH is set', () => {
    expect(publicAddress({ SITE_URL: 'https://narmarekronobergaren.example.se' })).toEqual({ origin: 'https://narmarekronobergaren.example.se', base: '/', local: false });
    expect(publicAddress({ SITE_URL: 'https://example.se/strategi/' })).toEqual({ origin: 'https://example.se', base: '/strategi/', local: false });
    expect(publicAddress({ SITE_URL: 'https://example.se/a/b' })).toEqual({ origin: 'https://example.se', base: '/a/b/', local: false });
    expect(publicAddress({ SITE_URL: 'https://example.se', BASE_PATH: 'strategi' })).toEqual({ origin: 'https://example.se', base: '/strategi/', local: false });
    expect(publicAddress({ SITE_URL: 'https://example.se/strategi', BASE_PATH: '/strategi/' }).base).toBe('/strategi/');
  });
  it('refuses what cannot be a public address, saying why', () => {
    expect(() => publicAddress({ SITE_URL: 'example.se' })).toThrow(/SITE_URL="example.se" är ingen adress/);
    expect(() => publicAddress({ SITE_URL: 'ftp://example.se' })).toThrow(/https:\/\//);
    expect(() => publicAddress({ SITE_URL: 'https://example.se/?a=1' })).toThrow(/utan frågetecken/);
    expect(() => publicAddress({ SITE_URL: 'https://example.se/a/', BASE_PATH: '/b/' })).toThrow(/sökvägen \/a\/, men BASE_PATH är \/b\//);
  });
});
