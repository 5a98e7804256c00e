/**
 * Cryptography the use cases need: Argon2id for staff passwords (the one place a library beyond the
 * JDK is allowed in the application) and keyed digests under the server secret for access codes,
 * idempotency keys, session tokens and recovery codes, and the time-based one-time passwords of
 * staff two-factor sign-in.
 */
package org.confide.application.crypto;
