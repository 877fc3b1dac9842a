import { isPublicAddress } from './target-address';
import { resolvedTargetProblem, targetUrlProblem } from './target-url';

describe('webhook target URLs', () => {
  it('takes https to public hosts in production', () => {
    expect(targetUrlProblem('https://hr.example.ac.kr/hooks/vcp', 'production')).toBeNull();
    expect(targetUrlProblem('https://8.8.4.4/hooks', 'production')).toBeNull();
  });

  it('refuses plain http, credentials and this machine in production', () => {
    expect(targetUrlProblem('http://hr.example.ac.kr/hooks', 'production')).toBe('must use https');
    expect(targetUrlProblem('https://user:pw@hr.example.ac.kr/', 'production')).toBe(
      'must not carry a user name or password',
    );
    expect(targetUrlProblem('https://localhost/hooks', 'production')).toMatch(/public host/);
    expect(targetUrlProblem('not a url', 'production')).toBe('is not an absolute URL');
  });

  it.each([
    'https://10.0.0.5/',
    'https://172.16.4.1/',
    'https://192.168.1.1/',
    'https://127.0.0.1/',
    'https://169.254.169.254/latest/meta-data',
    'https://100.64.0.1/',
    'https://0.0.0.0/',
    'https://[::1]/',
    'https://[fe80::1]/',
    'https://[fd00::1]/',
    'https://[::ffff:10.0.0.1]/',
  ])('refuses the private or reserved address in %s in production (SSRF)', (url) => {
    expect(targetUrlProblem(url, 'production')).toBe(
      'must not be a private, loopback, link-local or reserved address',
    );
  });

  it('allows plain http only to localhost outside production', () => {
    expect(targetUrlProblem('http://localhost:9000/hooks', 'development')).toBeNull();
    expect(targetUrlProblem('http://127.0.0.1:9000/hooks', 'test')).toBeNull();
    expect(targetUrlProblem('http://[::1]:9000/hooks', 'test')).toBeNull();
    expect(targetUrlProblem('http://hr.example.ac.kr/hooks', 'development')).toMatch(/https/);
    expect(targetUrlProblem('ftp://localhost/hooks', 'development')).toMatch(/https/);
  });

  it('judges addresses: only public unicast is public', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('2001:4860:4860::8888')).toBe(true);
    expect(isPublicAddress('10.1.2.3')).toBe(false);
    expect(isPublicAddress('::ffff:127.0.0.1')).toBe(false);
    expect(isPublicAddress('224.0.0.1')).toBe(false);
    expect(isPublicAddress('not an address')).toBe(false);
  });

  it('in production also refuses a host name that resolves into a private network', async () => {
    await expect(resolvedTargetProblem('https://localhost/hooks', 'production')).resolves.toBe(
      'resolves to a private, loopback, link-local or reserved address',
    );
    await expect(resolvedTargetProblem('https://localhost/hooks', 'development')).resolves.toBe(
      null,
    );
  });
});
