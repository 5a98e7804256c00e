package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.out.AuditTrail;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.PasswordHash;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;
import org.confide.testing.Fixture;
import org.confide.testing.Replaced;
import org.junit.jupiter.api.Test;

/**
 * Issue 27: whether a staff email names an account must not show in the cost of a failed sign-in. A
 * wrong password for an account that exists and any password for an email that names none do the
 * same work, counted (password checks, hashes, look-ups, audit writes: deterministic), and take the
 * same time, measured coarsely (medians of interleaved samples, within a factor that leaves room
 * for a busy machine; the counts are the exact check).
 */
class StaffSignInCostTest {

  private final Fixture fixture = new Fixture();
  private final Work work = new Work();
  private final LogInStaffUseCase logIn = counting(fixture.ports).logInStaff();

  /** What one sign-in did, by kind. */
  private static final class Work {
    final AtomicInteger hashes = new AtomicInteger();
    final AtomicInteger checks = new AtomicInteger();
    final AtomicInteger lookUps = new AtomicInteger();
    final AtomicInteger audited = new AtomicInteger();
    final List<AuditAction> actions = new ArrayList<>();

    Map<String, Object> take() {
      var done =
          Map.<String, Object>of(
              "hashes", hashes.getAndSet(0),
              "password checks", checks.getAndSet(0),
              "look-ups by email", lookUps.getAndSet(0),
              "audit writes", audited.getAndSet(0),
              "audited", List.copyOf(actions));
      actions.clear();
      return done;
    }
  }

  private Outcome<?, ?> unknownEmail() {
    return logIn.logIn(
        new LogInStaffUseCase.Command(
            "nobody@example.ac.uk", "a wrong password!".toCharArray(), Optional.of("")));
  }

  private Outcome<?, ?> wrongPassword() {
    return logIn.logIn(
        new LogInStaffUseCase.Command(
            "adviser@example.ac.uk", "a wrong password!".toCharArray(), Optional.of("")));
  }

  @Test
  void the_first_sign_in_makes_the_decoy_hash_whichever_kind_it_is() {
    work.take();
    assertThat(unknownEmail()).is(failedWith(Failure.Unauthenticated.class));
    var firstUnknown = work.take();
    var other = new StaffSignInCostTest();
    other.work.take();
    assertThat(other.wrongPassword()).is(failedWith(Failure.Unauthenticated.class));
    var firstWrong = other.work.take();

    assertThat(firstUnknown).isEqualTo(firstWrong).containsEntry("hashes", 1);
  }

  @Test
  void an_unknown_email_costs_the_same_work_as_a_wrong_password() {
    // The decoy hash is made once, at the first sign-in (the test above); from then on:
    wrongPassword();
    work.take();
    assertThat(unknownEmail()).is(failedWith(Failure.Unauthenticated.class));
    var unknown = work.take();
    assertThat(wrongPassword()).is(failedWith(Failure.Unauthenticated.class));
    var wrong = work.take();
    assertThat(unknown).isEqualTo(wrong);
    assertThat(wrong)
        .containsEntry("hashes", 0)
        .containsEntry("password checks", 1)
        .containsEntry("look-ups by email", 1)
        .containsEntry("audit writes", 1)
        .containsEntry("audited", List.of(AuditAction.STAFF_LOGIN_FAILED));
  }

  @Test
  void an_unknown_email_takes_the_same_time_as_a_wrong_password() {
    for (int i = 0; i < 50; i++) {
      unknownEmail();
      wrongPassword();
    }
    var unknown = new ArrayList<Long>();
    var wrong = new ArrayList<Long>();
    for (int i = 0; i < 301; i++) {
      // Alternating, so that whatever else the machine does falls on both alike.
      boolean unknownFirst = i % 2 == 0;
      (unknownFirst ? unknown : wrong)
          .add(time(unknownFirst ? this::unknownEmail : this::wrongPassword));
      (unknownFirst ? wrong : unknown)
          .add(time(unknownFirst ? this::wrongPassword : this::unknownEmail));
    }
    double ratio = (double) median(unknown) / median(wrong);
    assertThat(ratio).as("median unknown / median wrong password").isBetween(0.67, 1.5);
  }

  private static long time(Runnable attempt) {
    long start = System.nanoTime();
    attempt.run();
    return System.nanoTime() - start;
  }

  private static long median(List<Long> samples) {
    var sorted = samples.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private Confide counting(Ports p) {
    var random = new java.security.SecureRandom();
    var secret = new byte[32];
    random.nextBytes(secret);
    return Confide.assemble(
        Replaced.in(
            Replaced.in(p, StaffDirectory.class, new CountingStaff(p.staffDirectory())),
            AuditTrail.class,
            new CountingAudit(p.auditTrail())),
        new CountingPasswords(
            new org.confide.application.crypto.Argon2idPasswords(
                org.confide.application.crypto.Argon2idPasswords.Parameters.forTestsOnly(),
                random)),
        new org.confide.application.crypto.Secrets(secret),
        fixture.clock,
        random,
        org.confide.domain.session.SessionPolicy.standard());
  }

  private final class CountingPasswords implements PasswordHashing {
    private final PasswordHashing passwords;

    CountingPasswords(PasswordHashing passwords) {
      this.passwords = passwords;
    }

    @Override
    public PasswordHash hash(char[] password) {
      work.hashes.incrementAndGet();
      return passwords.hash(password);
    }

    @Override
    public boolean matches(char[] password, PasswordHash hash) {
      work.checks.incrementAndGet();
      return passwords.matches(password, hash);
    }
  }

  private final class CountingAudit implements AuditTrail {
    private final AuditTrail trail;

    CountingAudit(AuditTrail trail) {
      this.trail = trail;
    }

    @Override
    public void append(AuditEvent event) {
      work.audited.incrementAndGet();
      work.actions.add(event.action());
      trail.append(event);
    }

    @Override
    public List<AuditEvent> between(
        Instant from, Instant to, Optional<ReportReference> subject, int limit) {
      return trail.between(from, to, subject, limit);
    }

    @Override
    public List<Listed> newestFirst(
        org.confide.domain.audit.AuditFilter filter, Optional<Position> after, int limit) {
      return trail.newestFirst(filter, after, limit);
    }

    @Override
    public List<org.confide.domain.audit.ChainedEvent> chain(long after, int limit) {
      return trail.chain(after, limit);
    }

    @Override
    public org.confide.domain.audit.ChainLink head() {
      return trail.head();
    }
  }

  private final class CountingStaff implements StaffDirectory {
    private final StaffDirectory staff;

    CountingStaff(StaffDirectory staff) {
      this.staff = staff;
    }

    @Override
    public AddOutcome add(StaffMember member) {
      return staff.add(member);
    }

    @Override
    public void update(StaffMember member) {
      staff.update(member);
    }

    @Override
    public Optional<StaffMember> find(StaffId id) {
      return staff.find(id);
    }

    @Override
    public Optional<StaffMember> findByEmail(EmailAddress email) {
      work.lookUps.incrementAndGet();
      return staff.findByEmail(email);
    }

    @Override
    public List<StaffMember> all() {
      return staff.all();
    }

    @Override
    public List<StaffMember> activeHolders(org.confide.domain.staff.Role role) {
      return staff.activeHolders(role);
    }

    @Override
    public List<StaffMember> allLocked() {
      return staff.allLocked();
    }

    @Override
    public void signedIn(StaffId id, Instant at) {
      staff.signedIn(id, at);
    }

    @Override
    public Map<StaffId, Instant> lastSignIns() {
      return staff.lastSignIns();
    }

    @Override
    public long count() {
      return staff.count();
    }
  }
}
