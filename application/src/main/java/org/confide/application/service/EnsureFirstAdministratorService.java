package org.confide.application.service;

import java.util.Arrays;
import java.util.EnumSet;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/** Creates the deployer's first administrator, once, when no staff account exists. */
public final class EnsureFirstAdministratorService implements EnsureFirstAdministratorUseCase {

  private final Context context;
  private final Gate gate;

  public EnsureFirstAdministratorService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<Boolean> ensure(String email, String displayName, char[] password) {
    try {
      if (!EmailAddress.isValid(email)) {
        return Outcome.invalid("CONFIDE_ADMIN_EMAIL", "must be an email address");
      }
      if (password == null || password.length < AdministerService.MIN_PASSWORD_LENGTH) {
        return Outcome.invalid(
            "CONFIDE_ADMIN_PASSWORD",
            "must have at least " + AdministerService.MIN_PASSWORD_LENGTH + " characters");
      }
      if (context.transactions().inTransaction(() -> context.staff().count()) > 0) {
        return Outcome.done(false);
      }
      var hash = context.passwords().hash(password);
      return context
          .transactions()
          .inTransaction(() -> {
            if (context.staff().count() > 0) {
              return Outcome.done(false);
            }
            var admin =
                StaffMember.create(
                    StaffId.generate(context.random()),
                    EmailAddress.of(email),
                    displayName,
                    EnumSet.of(Role.ADMIN),
                    hash);
            context.staff().add(admin);
            gate.audit(Actor.system(), AuditAction.STAFF_CREATED, admin.id() + " [ADMIN]");
            return Outcome.done(true);
          });
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }
}
