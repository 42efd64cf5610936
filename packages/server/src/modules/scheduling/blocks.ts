/** Bookings claim the provider's and patient's time in blocks of this many minutes (see the block tables). */
export const BLOCK_MINUTES = 15;
