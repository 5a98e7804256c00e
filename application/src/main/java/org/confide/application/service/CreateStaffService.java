package org.confide.application.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/** Creates staff accounts. */
public final class CreateStaffService implements CreateStaffUseCase {

  /** The shortest password accepted for a staff account. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private final Gate gate;
  private final Auditor auditor;
  private final PasswordHashing passwords;
  private final RandomGenerator random;
  private final StaffDirectory staffDirectory;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param passwords hashes and checks staff passwords
   * @param random the source of references, codes and ids
   * @param staffDirectory the staff accounts
   */
  public CreateStaffService(
      Gate gate,
      Auditor auditor,
      PasswordHashing passwords,
      RandomGenerator random,
      StaffDirectory staffDirectory) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.random = Objects.requireNonNull(random, "random");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
  }

  /** The problem with a new password, named {@code field}: too short or too long; or none. */
  static java.util.Optional<FieldProblem> passwordProblem(String field, char[] password) {
    if (password.length < MIN_PASSWORD_LENGTH || password.length > 1024) {
      return java.util.Optional.of(
          FieldProblem.of(field, ProblemCode.PASSWORD_SHORT, MIN_PASSWORD_LENGTH));
    }
    return java.util.Optional.empty();
  }

  @Override
  public Outcome<StaffId, StaffRequestFailure> create(SessionToken session, Command command) {
    var password = command.password();
    try {
      var problems = new ArrayList<FieldProblem>();
      if (!EmailAddress.isValid(command.email())) {
        problems.add(FieldProblem.of("email", ProblemCode.STAFF_EMAIL));
      }
      var name = command.displayName().strip();
      FreeText.problem("displayName", ProblemSubject.NAME, name, 120).ifPresent(problems::add);
      if (command.roles().isEmpty()) {
        problems.add(FieldProblem.of("roles", ProblemCode.STAFF_ROLES));
      }
      passwordProblem("password", password).ifPresent(problems::add);
      if (!problems.isEmpty()) {
        return gate.asStaff(
            session,
            Permission.MANAGE_STAFF,
            StaffRequestFailure::from,
            admin -> Outcome.failed(new Failure.Invalid(problems)));
      }
      // Hashing is slow and needs no lock, so it is done before the transaction.
      var hash = passwords.hash(password);
      return gate.asStaff(
          session,
          Permission.MANAGE_STAFF,
          StaffRequestFailure::from,
          admin -> {
            var member =
                StaffMember.create(
                    StaffId.generate(random),
                    EmailAddress.of(command.email()),
                    name,
                    EnumSet.copyOf(command.roles()),
                    hash);
            if (staffDirectory.add(member) == StaffDirectory.AddOutcome.EMAIL_TAKEN) {
              return Outcome.failed(Failure.Invalid.of("email", ProblemCode.STAFF_EMAIL_TAKEN));
            }
            auditor.audit(
                Actor.staff(admin.id()),
                AuditAction.STAFF_CREATED,
                AuditDetail.of(
                    AuditDetailCode.ACCOUNT_ROLES,
                    member.id().toString(),
                    List.copyOf(EnumSet.copyOf(member.roles()))));
            return Outcome.done(member.id());
          });
    } finally {
      Arrays.fill(password, '\0');
    }
  }
}
