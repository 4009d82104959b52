import { describe, expect, it } from 'vitest';
import { commonPasswords, passwordProblem } from './password-policy';

describe('password policy (NIST SP 800-63B §5.1.1.2)', () => {
  it('ships a list of about a thousand common passwords of 8+ characters, lower case', () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThan(1000);
    expect(list.size).toBeLessThan(1500);
    for (const p of list) {
      expect(p.length).toBeGreaterThanOrEqual(8);
      expect(p).toBe(p.toLowerCase());
    }
  });

  it('refuses the most common passwords, in any letter case, Chinese favourites included', () => {
    for (const p of ['password', 'Password', '12345678', '123456789', 'qwertyuiop', 'iloveyou', '1qaz2wsx', 'woaini1314', '5201314520', 'qq123456', 'a123456789', 'SproutLab123']) {
      expect(passwordProblem(p, 'student1'), p).toBe('password_too_common');
    }
  });

  it('refuses repeats and straight runs', () => {
    for (const p of ['aaaaaaaa', '00000000', 'abababab', 'abcabcabc', 'xyzwxyzw', 'abcdefgh', 'hgfedcba', '23456789', '98765432']) {
      expect(passwordProblem(p, 'student1'), p).toBe('password_too_common');
    }
  });

  it('refuses the username, in any case, and the username backwards', () => {
    expect(passwordProblem('zhangwei.07', 'zhangwei.07')).toBe('password_is_username');
    expect(passwordProblem('ZhangWei.07', 'zhangwei.07')).toBe('password_is_username');
    expect(passwordProblem('70.iewgnahz', 'zhangwei.07')).toBe('password_is_username');
    expect(passwordProblem('ｚｈａｎｇｗｅｉ.07', 'zhangwei.07')).toBe('password_is_username'); // full-width letters, NFKC
  });

  it('accepts passwords that are merely long and unusual', () => {
    for (const p of ['long-enough-1', 'correct horse battery staple', '单摆周期和摆长的关系', 'test-pass-42', 'Xq7#mz9!Lk', 'abcdefg1']) {
      expect(passwordProblem(p, 'student1'), p).toBeNull();
    }
  });
});
