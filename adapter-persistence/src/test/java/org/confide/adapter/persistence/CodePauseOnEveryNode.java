package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.confide.application.Confide;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SignInDenial;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.MutableClock;
import org.confide.testing.TwoFactor;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database share each account's wrong codes: wrong codes given on either count
 * together, and the pause they start holds on both.
 */
abstract class CodePauseOnEveryNode {

  private static final String ADMIN = "admin@example.ac.uk";
  private static final String PASSWORD = "a long enough password for tests";

  private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
  private final byte[] key = new byte[32];
  private final byte[] secret = new byte[32];

  /** {@return the database both nodes use, empty} */
  abstract Database database();

  @Test
  void wrong_codes_on_two_nodes_count_together_and_the_pause_holds_on_both() {
    var random = new SecureRandom();
    random.nextBytes(key);
    random.nextBytes(secret);
    var database = database();
    var a = PersistentConfide.confide(database, key, secret, clock);
    var b = PersistentConfide.confide(database, key, secret, clock);
    assertThat(
            a.ensureFirstAdministrator()
                .ensure(
                    new EnsureFirstAdministratorUseCase.Command(
                        EmailAddress.of(ADMIN), "Ada Admin", PASSWORD.toCharArray())))
        .matches(Outcome::isDone);
    var enrolled = TwoFactor.setUp(a, logIn(a, Optional.empty()).orElseThrow().token(), clock);
    clock.advance(Duration.ofMinutes(1));

    for (int i = 0; i < 5; i++) {
      var wrong = String.format("%06d", (Integer.parseInt(codeNow(enrolled)) + 1 + i) % 1_000_000);
      assertThat(logIn(i % 2 == 0 ? a : b, Optional.of(wrong)))
          .isEqualTo(Outcome.failed(new Failure.Unauthenticated()));
    }

    var paused = Outcome.failed(new Failure.Throttled(Duration.ofMinutes(1)));
    assertThat(logIn(a, Optional.of(codeNow(enrolled)))).isEqualTo(paused);
    assertThat(logIn(b, Optional.of(codeNow(enrolled)))).isEqualTo(paused);
    var stores = JdbiStores.on(database, TestCiphers.withKey(key));
    assertThat(
            stores
                .ports()
                .auditTrail()
                .between(Instant.EPOCH, clock.instant().plusSeconds(1), Optional.empty(), 1000)
                .stream()
                .filter(event -> event.action() == AuditAction.CODE_SIGN_IN_PAUSED))
        .hasSize(1);
    clock.advance(Duration.ofMinutes(1));
    assertThat(logIn(b, Optional.of(codeNow(enrolled)))).matches(Outcome::isDone);
  }

  private static Outcome<SessionGrant, SignInDenial> logIn(Confide node, Optional<String> code) {
    return node.logInStaff()
        .logIn(new LogInStaffUseCase.Command(ADMIN, PASSWORD.toCharArray(), code));
  }

  private String codeNow(TwoFactor.Enrolled enrolled) {
    return TwoFactor.codeAt(enrolled.secret(), clock.instant());
  }
}
