package org.confide.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.confide.testing.TestData.aClaim;
import static org.confide.testing.TestData.aCodeDigest;
import static org.confide.testing.TestData.aKeyDigest;
import static org.confide.testing.TestData.aLogIn;
import static org.confide.testing.TestData.aNote;
import static org.confide.testing.TestData.aSession;
import static org.confide.testing.TestData.aThread;
import static org.confide.testing.TestData.acknowledged;
import static org.confide.testing.TestData.anEscalation;
import static org.confide.testing.TestData.facts;
import static org.confide.testing.TestReports.aReport;
import static org.confide.testing.TestReports.after;

import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Transactions;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.Questionnaire;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.report.Report;
import org.confide.domain.session.Session;
import org.confide.domain.settings.ServiceSettings;
import org.confide.testing.TestStaff;
import org.confide.testing.contract.TransactionsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@link TransactionsContract} run against the in-memory adapters, and what only they promise:
 * a read outside a transaction waits for the running one, and rollback reaches every store.
 */
class InMemoryTransactionsTest extends TransactionsContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final InMemoryPorts ports = new InMemoryPorts();

  @Override
  protected Reports reports() {
    return ports.reports;
  }

  @Override
  protected MessageThreads threads() {
    return ports.threads;
  }

  @Override
  protected boolean transactionsOverlap() {
    return false;
  }

  @Override
  protected Transactions transactions() {
    return ports.transactions;
  }

  @Nested
  class InMemoryOnly {

    @Test
    void a_read_outside_a_transaction_waits_for_it_and_sees_only_its_end() throws Exception {
      var report = aReport().build();
      var assigned = after(report.assignTo(TestStaff.aStaffId()));
      var inside = new CountDownLatch(1);
      var finish = new CountDownLatch(1);
      var writer =
          CompletableFuture.runAsync(() ->
              ports.transactions.inTransaction(() -> {
                ports.reports.add(report);
                inside.countDown();
                awaitQuietly(finish);
                ports.reports.update(assigned);
                return null;
              }));
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

      var read = new CompletableFuture<Optional<Report>>();
      var reader =
          Thread.ofPlatform().start(() -> read.complete(ports.reports.find(report.reference())));
      // A read that waits parks on the transactions' lock; one that does not wait ends instead.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (LockSupport.getBlocker(reader) == null && reader.isAlive()) {
        assertThat(System.nanoTime())
            .as("the reader neither waited nor ended")
            .isLessThan(deadline);
        Thread.onSpinWait();
      }
      assertThat(read).isNotDone();
      finish.countDown();

      assertThat(read.get(10, TimeUnit.SECONDS)).contains(assigned);
      writer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_failed_transaction_leaves_every_store_as_it_was() {
      var report = aReport().build();
      var adviser = TestStaff.anAdviser().build();
      var session = aSession(new Session.Subject.Staff(adviser.id()), T0);
      var escalation = anEscalation(report.reference(), T0);
      ports.reports.add(report, Optional.of(aCodeDigest()));
      ports.threads.save(aThread(report.reference(), T0));
      ports.notes.add(report.reference(), aNote(T0));
      ports.escalations.save(escalation);
      ports.staff.add(adviser);
      ports.trail.append(aLogIn(T0));
      ports.sessions.create(session);
      ports.trendFacts.record(facts(YearMonth.of(2026, 3)));
      var closing =
          new org.confide.domain.analytics.ClosingFact(YearMonth.of(2026, 3), Optional.empty());
      ports.trendFacts.recordClosing(closing);
      var before = everything(report, session);
      var claimed = aKeyDigest();

      assertThatThrownBy(() ->
              ports.transactions.inTransaction(() -> {
                var added = aReport().build();
                ports.reports.add(added);
                ports.reports.update(after(added.assignTo(adviser.id())));
                ports.reports.update(after(report.assignTo(adviser.id())));
                ports.reports.replaceCode(report.reference(), aCodeDigest());
                ports.threads.remove(report.reference());
                ports.notes.add(report.reference(), aNote(T0.plusSeconds(1)));
                ports.escalations.save(acknowledged(escalation, T0.plusSeconds(1)));
                ports.staff.update(adviser.deactivate());
                ports.staff.add(TestStaff.anAdviser().build());
                ports.trail.append(aLogIn(T0.plusSeconds(1)));
                ports.sessions.touch(session.digest(), T0.plusSeconds(1));
                ports.sessions.removeExpired(T0.plusSeconds(3600), T0);
                ports.settings.save(
                    new ServiceSettings(
                        ServiceSettings.defaults().calendar(),
                        ServiceSettings.defaults().serviceLevel(),
                        org.confide.domain.safeguarding.EmergencyContacts.notSet(),
                        Period.ofYears(1)));
                ports.questionnaires.add(
                    Questionnaire.of(
                        QuestionnaireVersion.of(3), DefaultQuestionnaire.standard().questions()),
                    T0);
                ports.questionnaires.use(QuestionnaireVersion.of(3));
                ports.keys.claim(aClaim(claimed, T0));
                ports.trendFacts.record(facts(YearMonth.of(2026, 3)));
                ports.trendFacts.takeBackClosing(closing);
                throw new AssertionError("even an error rolls back");
              }))
          .isInstanceOf(AssertionError.class);

      assertThat(everything(report, session)).isEqualTo(before);
      assertThat(ports.keys.claim(aClaim(claimed, T0))).isEmpty();
    }
  }

  private List<Object> everything(Report report, Session session) {
    var reference = report.reference();
    return List.of(
        ports.reports.allOpen(),
        ports.reports.codeOf(reference),
        ports.threads.find(reference),
        ports.notes.of(reference),
        ports.escalations.of(reference),
        ports.staff.all(),
        ports.trail.between(Instant.EPOCH, Instant.MAX, Optional.empty(), Integer.MAX_VALUE),
        ports.sessions.find(session.digest()),
        ports.settings.current(),
        ports.questionnaires.current(),
        ports.trendFacts.count(
            YearMonth.of(2000, 1),
            YearMonth.of(2100, 12),
            EnumSet.complementOf(EnumSet.of(TrendDimension.OUTCOME))),
        ports.trendFacts.count(
            YearMonth.of(2000, 1),
            YearMonth.of(2100, 12),
            EnumSet.of(TrendDimension.MONTH, TrendDimension.OUTCOME)));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never let the transaction finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
