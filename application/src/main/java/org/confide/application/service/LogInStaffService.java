package org.confide.application.service;

import java.util.Arrays;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.out.Session;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.PasswordHash;

/** Logs staff in with email and password. */
public final class LogInStaffService implements LogInStaffUseCase {

  private final Context context;
  private final Gate gate;
  // Checked against when the email is unknown, so that the time taken does not tell whether an
  // account exists.
  private final PasswordHash decoy;

  public LogInStaffService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
    this.decoy = context.passwords().hash("not a password of anyone".toCharArray());
  }

  @Override
  public Outcome<SessionGrant> logIn(String email, char[] password) {
    try {
      if (password == null || password.length == 0 || password.length > 1024) {
        return new Outcome.Unauthenticated<>();
      }
      var member =
          EmailAddress.isValid(email)
              ? context
                  .transactions()
                  .inTransaction(() -> context.staff().findByEmail(EmailAddress.of(email)))
              : java.util.Optional.<org.confide.domain.staff.StaffMember>empty();
      var matches =
          context.passwords().matches(password, member.map(m -> m.passwordHash()).orElse(decoy));
      if (member.isEmpty() || !matches || !member.get().active()) {
        member.ifPresent(m ->
            context
                .transactions()
                .inTransaction(() -> {
                  gate.audit(Actor.staff(m.id()), AuditAction.STAFF_LOGIN_FAILED, "");
                  return true;
                }));
        return new Outcome.Unauthenticated<>();
      }
      return context
          .transactions()
          .inTransaction(() -> {
            gate.audit(Actor.staff(member.get().id()), AuditAction.STAFF_LOGGED_IN, "");
            return Outcome.done(gate.open(new Session.Subject.Staff(member.get().id())));
          });
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }
}
