// Limits of the near-me answer, shared by the engine that counts and the card that words the count (which
// must not pull the engine's spatial index into the app shell).

/** Not-yet-recruiting sites in reach are counted up to this many (then "more than 50"). */
export const NOT_YET_CAP = 50;
