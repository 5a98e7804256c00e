package org.confide.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.confide.application.port.in.AdministerUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.AuditTrail;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.port.out.Questionnaires;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.Settings;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.session.Session;
import org.confide.domain.settings.AnalysisSettings;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/** What administrators do: accounts, settings, questionnaire, audit trail. Never a report. */
public final class AdministerService implements AdministerUseCase {

  /** The shortest password accepted for a staff account. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private static final int AUDIT_PAGE = 1000;

  private final Gate gate;
  private final Auditor auditor;
  private final PasswordHashing passwords;
  private final RandomGenerator random;
  private final StaffDirectory staffDirectory;
  private final Sessions sessions;
  private final Authenticators authenticators;
  private final Settings settings;
  private final Questionnaires questionnaires;
  private final AuditTrail auditTrail;

  public AdministerService(
      Gate gate,
      Auditor auditor,
      PasswordHashing passwords,
      RandomGenerator random,
      StaffDirectory staffDirectory,
      Sessions sessions,
      Authenticators authenticators,
      Settings settings,
      Questionnaires questionnaires,
      AuditTrail auditTrail) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.random = Objects.requireNonNull(random, "random");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.questionnaires = Objects.requireNonNull(questionnaires, "questionnaires");
    this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
  }

  @Override
  public Outcome<StaffId> createStaff(SessionToken session, NewStaff staff) {
    try {
      var problems = new ArrayList<FieldProblem>();
      if (!EmailAddress.isValid(staff.email())) {
        problems.add(new FieldProblem("email", "Enter an email address like name@example.ac.uk"));
      }
      var name = staff.displayName() == null ? "" : staff.displayName().strip();
      FreeText.problem(name, 120)
          .ifPresent(p -> problems.add(new FieldProblem("displayName", "The name " + p)));
      if (staff.roles() == null || staff.roles().isEmpty()) {
        problems.add(new FieldProblem("roles", "Give the account at least one role"));
      }
      if (staff.password() == null
          || staff.password().length < MIN_PASSWORD_LENGTH
          || staff.password().length > 1024) {
        problems.add(
            new FieldProblem(
                "password", "Use a password of at least " + MIN_PASSWORD_LENGTH + " characters"));
      }
      if (!problems.isEmpty()) {
        return asAdmin(session, Permission.MANAGE_STAFF, admin -> new Outcome.Invalid<>(problems));
      }
      // Hashing is slow and needs no lock, so it is done before the transaction.
      var hash = passwords.hash(staff.password());
      return asAdmin(
          session,
          Permission.MANAGE_STAFF,
          admin -> {
            var member =
                StaffMember.create(
                    StaffId.generate(random),
                    EmailAddress.of(staff.email()),
                    name,
                    EnumSet.copyOf(staff.roles()),
                    hash);
            if (staffDirectory.add(member) == StaffDirectory.AddOutcome.EMAIL_TAKEN) {
              return Outcome.invalid("email", "There is already an account with this email");
            }
            auditor.audit(
                Actor.staff(admin.id()),
                AuditAction.STAFF_CREATED,
                member.id() + " " + member.roles());
            return Outcome.done(member.id());
          });
    } finally {
      if (staff.password() != null) {
        Arrays.fill(staff.password(), '\0');
      }
    }
  }

  @Override
  public Outcome<Outcome.Ok> deactivateStaff(SessionToken session, String email) {
    return onMember(
        session,
        email,
        (admin, member) -> {
          if (member.id().equals(admin.id())) {
            return new Outcome.Refused<>("You cannot deactivate your own account");
          }
          if (member.active()) {
            staffDirectory.update(member.deactivate());
            sessions.removeAll(new Session.Subject.Staff(member.id()));
            auditor.audit(
                Actor.staff(admin.id()), AuditAction.STAFF_DEACTIVATED, member.id().toString());
          }
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<List<StaffIdentity>> listStaff(SessionToken session) {
    return asAdmin(
        session,
        Permission.MANAGE_STAFF,
        admin ->
            Outcome.done(
                staffDirectory.all().stream()
                    .map(member -> IdentifyStaffService.identity(member, authenticators))
                    .toList()));
  }

  @Override
  public Outcome<Outcome.Ok> resetTwoFactor(SessionToken session, String email) {
    return onMember(
        session,
        email,
        (admin, member) -> {
          if (authenticators.find(member.id()).isPresent()) {
            authenticators.remove(member.id());
            // Whoever holds the lost device must not stay signed in on its strength.
            sessions.removeAll(new Session.Subject.Staff(member.id()));
            auditor.audit(
                Actor.staff(admin.id()), AuditAction.TWO_FACTOR_RESET, member.id().toString());
          }
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<Outcome.Ok> requireTwoFactor(SessionToken session, boolean required) {
    return asAdmin(
        session,
        Permission.MANAGE_SERVICE,
        admin -> {
          var current = settings.currentForChange();
          if (current.staffTwoFactorRequired() != required) {
            settings.save(current.withStaffTwoFactorRequired(required));
            auditor.audit(
                Actor.staff(admin.id()),
                AuditAction.TWO_FACTOR_REQUIREMENT_CHANGED,
                required ? "required" : "not required");
          }
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<ServiceSettings> settings(SessionToken session) {
    return asAdmin(session, Permission.MANAGE_SERVICE, admin -> Outcome.done(settings.current()));
  }

  @Override
  public Outcome<Outcome.Ok> updateSettings(SessionToken session, ServiceSettings settings) {
    return asAdmin(
        session,
        Permission.MANAGE_SERVICE,
        admin -> {
          var before = this.settings.currentForChange();
          this.settings.save(settings);
          auditor.audit(Actor.staff(admin.id()), AuditAction.CALENDAR_CHANGED, "");
          if (before.staffTwoFactorRequired() != settings.staffTwoFactorRequired()) {
            auditor.audit(
                Actor.staff(admin.id()),
                AuditAction.TWO_FACTOR_REQUIREMENT_CHANGED,
                settings.staffTwoFactorRequired() ? "required" : "not required");
          }
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<Outcome.Ok> changeAnalysis(SessionToken session, AnalysisSettings analysis) {
    return asAdmin(
        session,
        Permission.MANAGE_SERVICE,
        admin -> {
          settings.save(settings.currentForChange().withAnalysis(analysis));
          auditor.audit(Actor.staff(admin.id()), AuditAction.CALENDAR_CHANGED, "analysis");
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<Integer> loadQuestionnaire(SessionToken session, Questionnaire questionnaire) {
    return asAdmin(
        session,
        Permission.MANAGE_SERVICE,
        admin -> {
          var current = questionnaires.current().version();
          if (questionnaire.version().compareTo(current) <= 0) {
            return Outcome.invalid(
                "questionnaire.version", "A new questionnaire needs a version above " + current);
          }
          if (questionnaires.add(questionnaire) == Questionnaires.AddOutcome.VERSION_TAKEN) {
            return Outcome.invalid("questionnaire.version", "This version exists already");
          }
          auditor.audit(
              Actor.staff(admin.id()),
              AuditAction.QUESTIONNAIRE_LOADED,
              "version " + questionnaire.version());
          return Outcome.done(questionnaire.version().value());
        });
  }

  @Override
  public Outcome<List<AuditEvent>> auditTrail(
      SessionToken session, Instant from, Instant to, Optional<ReportReference> subject) {
    return asAdmin(
        session,
        Permission.READ_AUDIT_TRAIL,
        admin -> {
          if (from == null || to == null || !from.isBefore(to)) {
            return Outcome.invalid("from", "The period must start before it ends");
          }
          return Outcome.done(auditTrail.between(from, to, subject, AUDIT_PAGE));
        });
  }

  private <T> Outcome<T> asAdmin(
      SessionToken session, Permission permission, Function<StaffMember, Outcome<T>> work) {
    return gate.asStaff(session, permission, work);
  }

  /**
   * Runs {@code work} for an administrator of staff on the account with this email address (the
   * administrator first, the account second); not found when there is none.
   */
  private Outcome<Outcome.Ok> onMember(
      SessionToken session,
      String email,
      BiFunction<StaffMember, StaffMember, Outcome<Outcome.Ok>> work) {
    return asAdmin(
        session,
        Permission.MANAGE_STAFF,
        admin -> {
          var member =
              EmailAddress.isValid(email)
                  ? staffDirectory.findByEmail(EmailAddress.of(email))
                  : Optional.<StaffMember>empty();
          return member.map(found -> work.apply(admin, found)).orElseGet(Outcome.NotFound::new);
        });
  }
}
