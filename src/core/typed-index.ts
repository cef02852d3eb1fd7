// Indexes kept in Uint32Array columns (a site's point, a point's cluster node at a zoom) mark "none" with the
// one value no index reaches.

export const NO_INDEX = 0xffffffff;
