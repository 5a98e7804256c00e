package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.settings.AnalysisSettings;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;

/** An administrator runs the service: staff accounts, settings, questionnaire, audit trail. */
public interface AdministerUseCase {

  /** Creates a staff account. */
  Outcome<StaffId> createStaff(SessionToken session, NewStaff staff);

  /** Deactivates an account and ends its sessions; its history stays. */
  Outcome<Outcome.Ok> deactivateStaff(SessionToken session, String email);

  /**
   * Removes a member's authenticator and recovery codes and ends their sessions, so that they set
   * up two-factor sign-in again (audited); for a lost or replaced phone.
   */
  Outcome<Outcome.Ok> resetTwoFactor(SessionToken session, String email);

  /** Requires two-factor sign-in of every staff member, or stops requiring it (audited). */
  Outcome<Outcome.Ok> requireTwoFactor(SessionToken session, boolean required);

  /** Every staff account. */
  Outcome<List<IdentifyStaffUseCase.StaffIdentity>> listStaff(SessionToken session);

  /** The settings in force. */
  Outcome<ServiceSettings> settings(SessionToken session);

  /**
   * Replaces the settings whole (calendar, closures, service level, contacts, retention, analysis,
   * the two-factor requirement). To change one part, use the use case that changes that part
   * ({@link ChangeCalendarUseCase}, {@link #changeAnalysis}, {@link #requireTwoFactor}): each is
   * made from the settings in force at that moment, so a change made meanwhile is kept.
   */
  Outcome<Outcome.Ok> updateSettings(SessionToken session, ServiceSettings settings);

  /** Changes how trends and pattern alerts work, keeping every other setting in force. */
  Outcome<Outcome.Ok> changeAnalysis(SessionToken session, AnalysisSettings analysis);

  /**
   * Makes {@code questionnaire} the current one; returns its version number. Its version must be
   * above the current one. Reading a questionnaire from a file is the caller's part.
   */
  Outcome<Integer> loadQuestionnaire(SessionToken session, Questionnaire questionnaire);

  /** Audit events in a period, optionally about one report. */
  Outcome<List<AuditEvent>> auditTrail(
      SessionToken session, Instant from, Instant to, Optional<ReportReference> subject);

  /** A new account as entered. */
  record NewStaff(String email, String displayName, Set<Role> roles, char[] password) {
    @Override
    public String toString() {
      return "NewStaff[" + roles + "]";
    }
  }
}
