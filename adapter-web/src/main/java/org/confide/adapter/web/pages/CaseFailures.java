package org.confide.adapter.web.pages;

import org.confide.application.port.in.CaseActionFailure;
import org.confide.application.port.in.CaseChangeFailure;
import org.confide.application.port.in.EscalateCaseFailure;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.NoteFailure;
import org.confide.application.port.in.TakeCaseFailure;

/**
 * The failures of the case page's actions as failures of a change to a case, so that the page
 * answers them all in one place ({@link CaseActions}).
 */
final class CaseFailures {

  private CaseFailures() {}

  // Each case action fails in some of the ways a change to a case can; the page answers them all
  // in one place, so each action's failures are first named as such.

  static CaseChangeFailure asCaseFailure(CaseActionFailure failure) {
    return switch (failure) {
      case Failure.Unauthenticated f -> f;
      case Failure.TwoFactorFirst f -> f;
      case Failure.Forbidden f -> f;
      case Failure.NotFound f -> f;
      case Failure.Invalid f -> f;
      case Failure.Refused f -> f;
    };
  }

  static CaseChangeFailure asCaseFailure(NoteFailure failure) {
    return switch (failure) {
      case Failure.Unauthenticated f -> f;
      case Failure.TwoFactorFirst f -> f;
      case Failure.Forbidden f -> f;
      case Failure.NotFound f -> f;
      case Failure.Invalid f -> f;
    };
  }

  static CaseChangeFailure asCaseFailure(EscalateCaseFailure failure) {
    return switch (failure) {
      case Failure.Unauthenticated f -> f;
      case Failure.TwoFactorFirst f -> f;
      case Failure.Forbidden f -> f;
      case Failure.ChangedMeanwhile f -> f;
      case Failure.NotFound f -> f;
      case Failure.Invalid f -> f;
    };
  }

  static CaseChangeFailure asCaseFailure(TakeCaseFailure failure) {
    return switch (failure) {
      case Failure.Unauthenticated f -> f;
      case Failure.TwoFactorFirst f -> f;
      case Failure.Forbidden f -> f;
      case Failure.ChangedMeanwhile f -> f;
      case Failure.NotFound f -> f;
      case Failure.Refused f -> f;
    };
  }
}
