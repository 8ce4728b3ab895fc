import { personName, personNames } from '../../../main/extract/people.ts';

describe('personName', () => {
  it('keeps the name and drops the job title, email and phone', () => {
    expect(personName('Priya Shah, Head of Finance')).toBe('Priya Shah');
    expect(personName('Cllr Tom O’Neill (Chair) tom@example.gov.uk')).toBe('Tom O’Neill');
    expect(personName('Ann Lee-Smith Tel: 01234 567890')).toBe('Ann Lee-Smith');
  });

  it('rejects job titles and single words', () => {
    expect(personName('Head of Paid Service')).toBeNull();
    expect(personName('Corporate Director, Finance')).toBeNull();
    expect(personName('archivist')).toBeNull();
  });

  it('splits several names', () => {
    expect(personNames('Kim Ray and Lou Park')).toEqual(['Kim Ray', 'Lou Park']);
  });
});
