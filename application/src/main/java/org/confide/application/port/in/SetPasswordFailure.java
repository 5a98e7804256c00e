package org.confide.application.port.in;

/**
 * How setting a password with a one-time link fails: as the link fails ({@link
 * PasswordLinkFailure}), or with a new password that breaks the rules ({@link Failure.Invalid},
 * naming {@code newPassword}).
 */
public sealed interface SetPasswordFailure extends Failure
    permits Failure.NotFound, Failure.Refused, Failure.Invalid {

  /**
   * The link's failure as a failure of this set.
   *
   * @param failure why the link does not work
   * @return the same failure, as one of this set
   */
  static SetPasswordFailure from(PasswordLinkFailure failure) {
    return switch (failure) {
      case Failure.NotFound notFound -> notFound;
      case Failure.Refused refused -> refused;
    };
  }
}
