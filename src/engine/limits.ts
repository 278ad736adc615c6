/** Largest magnitude any numeric field accepts: keeps products of inputs finite in double precision. */
export const MAX_MAGNITUDE = 1e12;

