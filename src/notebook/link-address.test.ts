import { describe, expect, it } from 'vitest';
import { linkAddress } from './link-address';

describe('link addresses typed into the notebook', () => {
  it('keeps http, https and mailto addresses', () => {
    expect(linkAddress(' https://phet.colorado.edu/en/simulations ')).toEqual({ href: 'https://phet.colorado.edu/en/simulations' });
    expect(linkAddress('http://example.org:8080/a?b=1#c')).toEqual({ href: 'http://example.org:8080/a?b=1#c' });
    expect(linkAddress('mailto:teacher@school.edu.cn')).toEqual({ href: 'mailto:teacher@school.edu.cn' });
  });

  it('makes a bare host name an https link', () => {
    expect(linkAddress('www.example.org/page')).toEqual({ href: 'https://www.example.org/page' });
    expect(linkAddress('baike.baidu.com')).toEqual({ href: 'https://baike.baidu.com/' });
    expect(linkAddress('example.cn:8443/x')).toEqual({ href: 'https://example.cn:8443/x' });
  });

  it('refuses other schemes, and text that is no address', () => {
    expect(linkAddress('javascript:alert(1)')).toEqual({ error: 'scheme' });
    expect(linkAddress('JavaScript:alert(1)')).toEqual({ error: 'scheme' });
    expect(linkAddress('data:text/html,<b>x</b>')).toEqual({ error: 'scheme' });
    expect(linkAddress('file:///etc/passwd')).toEqual({ error: 'scheme' });
    expect(linkAddress('our results')).toEqual({ error: 'invalid' });
    expect(linkAddress('https://')).toEqual({ error: 'invalid' });
    expect(linkAddress('mailto:nobody')).toEqual({ error: 'invalid' });
  });

  it('reads an empty address as "remove the link"', () => {
    expect(linkAddress('   ')).toEqual({ remove: true });
  });
});
