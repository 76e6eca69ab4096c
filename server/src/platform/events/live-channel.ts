/**
 * The PostgreSQL channel every server process LISTENs on for live events (one connection per process, kept by
 * the referrals module's socket). Every module NOTIFYs on it in its own transaction; each event names ids only,
 * and each subscription filters the events meant for its caller.
 */
export const LIVE_EVENTS_CHANNEL = 'enlace_referral_events';

/** The event every subscriber gets when its process's LISTEN connection came back: events may have been missed. */
export const RESYNC_EVENT_TYPE = 'resync';
