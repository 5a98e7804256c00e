package org.confide.application.service;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.port.in.ConfigurationFailure;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Transactions;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/** Creates the deployer's first administrator, once, when no staff account exists. */
public final class EnsureFirstAdministratorService implements EnsureFirstAdministratorUseCase {

  private final Auditor auditor;
  private final Transactions transactions;
  private final StaffDirectory staffDirectory;
  private final PasswordHashing passwords;
  private final RandomGenerator random;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param transactions joins the writes of one run in one transaction
   * @param staffDirectory the staff accounts
   * @param passwords hashes and checks staff passwords
   * @param random the source of references, codes and ids
   */
  public EnsureFirstAdministratorService(
      Auditor auditor,
      Transactions transactions,
      StaffDirectory staffDirectory,
      PasswordHashing passwords,
      RandomGenerator random) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public Outcome<Ensured, ConfigurationFailure> ensure(Command command) {
    var password = command.password();
    try {
      if (password.length < CreateStaffService.MIN_PASSWORD_LENGTH) {
        return Outcome.failed(
            Failure.Invalid.of(
                "password",
                "must have at least " + CreateStaffService.MIN_PASSWORD_LENGTH + " characters"));
      }
      if (transactions.inTransaction(() -> staffDirectory.count()) > 0) {
        return Outcome.done(new Ensured.AlreadyStaffed());
      }
      var hash = passwords.hash(password);
      return transactions.inTransaction(() -> {
        if (staffDirectory.count() > 0) {
          return Outcome.done(new Ensured.AlreadyStaffed());
        }
        var admin =
            StaffMember.create(
                StaffId.generate(random),
                command.email(),
                command.displayName(),
                EnumSet.of(Role.ADMIN),
                hash);
        staffDirectory.add(admin);
        auditor.audit(
            Actor.system(),
            AuditAction.STAFF_CREATED,
            AuditDetail.of(
                AuditDetailCode.ACCOUNT_ROLES, admin.id().toString(), List.of(Role.ADMIN)));
        return Outcome.done(new Ensured.Created(admin.id()));
      });
    } finally {
      Arrays.fill(password, '\0');
    }
  }
}
