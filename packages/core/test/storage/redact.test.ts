import { describe, expect, it } from 'vitest';
import { redactConnectionString, redactSecrets } from '../../src/storage/index';

describe('redactConnectionString', () => {
  it('masks the password of a URL and keeps everything else', () => {
    expect(redactConnectionString('postgres://user:s3cret@host/db')).toBe('postgres://user:***@host/db');
    expect(redactConnectionString('postgresql://user:s3cret@host:5433/db?sslmode=require&connect_timeout=3')).toBe(
      'postgresql://user:***@host:5433/db?sslmode=require&connect_timeout=3',
    );
    expect(redactConnectionString('postgres://user:p%40ss%3Aw0rd@host/db')).toBe('postgres://user:***@host/db');
  });

  it('masks password and sslpassword query parameters, whatever their case', () => {
    const out = redactConnectionString('postgres://host/db?user=u&password=s3cret&PASSWORD=again&sslpassword=k3y&sslmode=require');
    expect(out).not.toMatch(/s3cret|again|k3y/u);
    expect(out).toContain('sslmode=require');
    expect(out).toContain('user=u');
  });

  it('masks a libpq key/value password, bare or quoted', () => {
    expect(redactConnectionString('host=db user=u password=s3cret dbname=bau_cu')).toBe('host=db user=u password=*** dbname=bau_cu');
    expect(redactConnectionString("host=db password = 'se cr\\'et' dbname=x")).toBe('host=db password = *** dbname=x');
    expect(redactConnectionString('host=db password=a&b dbname=x')).toBe('host=db password=*** dbname=x');
  });

  it('leaves a URL without a secret and a SQLite path unchanged', () => {
    for (const spec of ['postgres://u@host/db', 'bau-cu-2026.db', './data/mùa bầu cử.db', 'C:\\data\\ungcu.db', ':memory:', '/var/lib/ungcu/a@b:c.db']) {
      expect(redactConnectionString(spec)).toBe(spec);
    }
  });

  it('never throws on a URL the parser refuses, and still hides its password', () => {
    const garbage = ['postgres://user:s3cret@host:99999/db', 'postgres://user:s3c/ret@[::1/db', 'postgres://user:s3cret@@host/db', 'postgres://', 'postgres://:@'];
    for (const spec of garbage) {
      const out = redactConnectionString(spec);
      expect(out).not.toContain('s3c');
      expect(out.startsWith('postgres://')).toBe(true);
    }
    expect(redactConnectionString(undefined as unknown as string)).toBe('***');
  });
});

describe('redactSecrets', () => {
  it('masks URLs and password= inside free text', () => {
    const text = 'connect to "postgres://u:s3cret@h/db" failed; conninfo host=h password=s3cret';
    expect(redactSecrets(text)).toBe('connect to "postgres://u:***@h/db" failed; conninfo host=h password=***');
  });

  it('masks every occurrence of the spec\'s password, raw and percent-decoded', () => {
    const spec = 'postgres://u:p%40ss@h/db';
    expect(redactSecrets('password "p@ss" rejected; p%40ss again', spec)).toBe('password "***" rejected; *** again');
    expect(redactSecrets('the server says s3cret', 'host=h password=s3cret')).toBe('the server says ***');
    expect(redactSecrets('nothing to hide', 'bau-cu.db')).toBe('nothing to hide');
  });
});
