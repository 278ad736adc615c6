/** Largest magnitude any numeric field accepts: keeps products of inputs finite in double precision. */
export const MAX_MAGNITUDE = 1e12;


/**
 * The message for a magnitude over MAX_MAGNITUDE, shared by the engine and the input parser. It lives
 * here, not in messages.ts, so that the input parser on the first screen does not pull in every message.
 */
export const TOO_LARGE_MESSAGE = 'This number is too large.';
