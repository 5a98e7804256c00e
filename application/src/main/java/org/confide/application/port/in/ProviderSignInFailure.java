package org.confide.application.port.in;

/**
 * How a sign-in through the organisation's identity provider fails: refused, with the reason the
 * member is shown (the email address is not verified, no account has it, or the account is
 * deactivated), or unauthenticated, when the member must still give a code from their authenticator
 * app and gave none, or a wrong one, or throttled, while the member's code sign-in is paused after
 * too many wrong codes.
 */
public sealed interface ProviderSignInFailure extends Failure
    permits Failure.Unauthenticated, Failure.Refused, Failure.Throttled {}
