import { ancestorCodes, codeFormatProblem, codeText, levelOfCode, parentCode, systemOfCode } from './codes';

describe('code facts', () => {
  it('levels and parents follow the 3/5/7-digit structure', () => {
    expect([levelOfCode('215'), levelOfCode('21505'), levelOfCode('2150501'), levelOfCode('2150')]).toEqual([1, 2, 3, undefined]);
    expect(parentCode('2150501')).toBe('21505');
    expect(parentCode('215')).toBeUndefined();
    expect(ancestorCodes('2150501')).toEqual(['21505', '215']);
  });

  it('tells the system from the digits', () => {
    expect(systemOfCode('2150517')).toBe('function');
    expect(systemOfCode('30217')).toBe('economicDept');
    expect(systemOfCode('399')).toBe('economicDept');
    expect(systemOfCode('59999')).toBe('economicGov');
    // 7-digit economic codes do not exist; 4xx and 6xx belong to no expenditure system.
    expect([systemOfCode('3010101'), systemOfCode('401'), systemOfCode('601'), systemOfCode('21a')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('names what is wrong with a code for a system', () => {
    expect(codeFormatProblem('2150517', 'function')).toBeUndefined();
    expect(codeFormatProblem('2150517', 'economicDept')).toBe('length');
    expect(codeFormatProblem('215051', 'function')).toBe('length');
    expect(codeFormatProblem('30101', 'function')).toBe('prefix');
    expect(codeFormatProblem('50101', 'economicDept')).toBe('prefix');
    expect(codeFormatProblem('2150S17', 'function')).toBe('not-digits');
  });

  it('reads code cells written with separators, full-width digits or as numbers', () => {
    expect(codeText('215 05 01')).toBe('2150501');
    expect(codeText('215.05.01')).toBe('2150501');
    expect(codeText('[2150501]')).toBe('2150501');
    expect(codeText('２１５０５')).toBe('21505');
    expect(codeText(2150501)).toBe('2150501');
    expect(codeText(null)).toBe('');
    expect(codeText({ error: '#REF!' })).toBe('#REF!');
  });
});
