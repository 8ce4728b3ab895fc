/** Exempt (Part 2) papers: taken in the private part of a meeting, under Schedule 12A of the Local Government Act 1972. */

/** The protective marking, word for word the same on screen and on every pack page of such a paper. */
export const EXEMPT_MARKING = 'EXEMPT — NOT FOR PUBLICATION';
