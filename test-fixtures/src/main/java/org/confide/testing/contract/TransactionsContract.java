package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.confide.testing.TestData.aCodeDigest;
import static org.confide.testing.TestData.aThread;
import static org.confide.testing.TestReports.aReport;
import static org.confide.testing.TestReports.after;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.confide.application.port.out.AccessCodeDigest;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Reports.AddOutcome;
import org.confide.application.port.out.Reports.UpdateOutcome;
import org.confide.application.port.out.Transactions;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.testing.Concurrently;
import org.confide.testing.TestStaff;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Transactions} adapter together with the ports it spans: a
 * transaction that returns keeps every write made through any port and returns the work's result;
 * one that throws undoes every write — adds, overwrites and removals, through every port — and the
 * same exception reaches the caller. A nested call joins the running transaction, so its writes
 * stand or fall with the outer one. No other thread ever sees a write that is later undone, and
 * concurrent transactions keep exactly the writes of those that returned.
 *
 * <p>{@link #reports()}, {@link #threads()} and {@link #transactions()} must return adapters
 * sharing one store, empty, throughout one test.
 */
public abstract class TransactionsContract {

  /** For a subclass that runs this contract against one adapter. */
  protected TransactionsContract() {}

  /** {@return the reports adapter, joined to {@link #transactions()}} */
  protected abstract Reports reports();

  /** {@return the message threads adapter, joined to {@link #transactions()}} */
  protected abstract MessageThreads threads();

  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  /** {@return the transactions under test} */
  protected abstract Transactions transactions();

  /**
   * Whether two transactions can be under way at once. The in-memory transactions run one at a
   * time, so no transaction ever reads what another is about to overwrite.
   *
   * @return true (the default) when they can; an adapter whose transactions run one at a time
   *     answers false, and the tests of interleaving are skipped for it
   */
  protected boolean transactionsOverlap() {
    return true;
  }

  /** The failure the tests make their work throw. */
  protected static final class Failure extends RuntimeException {
    /** A failure with a message saying it was made on purpose. */
    public Failure() {
      super("the work failed on purpose");
    }
  }

  @Nested
  class Committing {

    @Test
    void a_transaction_that_returns_keeps_writes_through_every_port() {
      var report = aReport().build();
      var digest = aCodeDigest();

      var result =
          transactions()
              .inTransaction(() -> {
                reports().add(report, Optional.of(digest));
                threads().save(aThread(report.reference(), AT));
                return "done";
              });

      assertThat(result).isEqualTo("done");
      assertThat(reports().find(report.reference())).contains(report);
      assertThat(reports().findByCode(digest)).contains(report.reference());
      assertThat(threads().find(report.reference())).isPresent();
    }

    @Test
    void writes_inside_a_transaction_are_visible_to_the_transaction_itself() {
      var report = aReport().build();

      var seen =
          transactions()
              .inTransaction(() -> {
                reports().add(report);
                return reports().find(report.reference());
              });

      assertThat(seen).contains(report);
    }
  }

  @Nested
  class RollingBack {

    @Test
    void a_transaction_that_throws_undoes_writes_through_every_port() {
      var report = aReport().build();
      var digest = aCodeDigest();
      var failure = new Failure();

      assertThatThrownBy(() ->
              transactions()
                  .inTransaction(() -> {
                    reports().add(report, Optional.of(digest));
                    threads().save(aThread(report.reference(), AT));
                    throw failure;
                  }))
          .isSameAs(failure);

      assertThat(reports().find(report.reference())).isEmpty();
      assertThat(reports().count()).isZero();
      assertThat(reports().findByCode(digest)).isEmpty();
      assertThat(threads().find(report.reference())).isEmpty();
    }

    @Test
    void overwrites_and_removals_are_undone_too() {
      var kept = aReport().build();
      var removed = aReport().build();
      var oldDigest = aCodeDigest();
      reports().add(kept, Optional.of(oldDigest));
      reports().add(removed);
      var thread = aThread(kept.reference(), AT);
      threads().save(thread);

      assertThatThrownBy(() ->
              transactions()
                  .inTransaction(() -> {
                    reports().update(after(kept.assignTo(TestStaff.aStaffId())));
                    reports().remove(removed.reference());
                    reports().replaceCode(kept.reference(), aCodeDigest());
                    threads().remove(kept.reference());
                    throw new Failure();
                  }))
          .isInstanceOf(Failure.class);

      assertThat(reports().find(kept.reference())).contains(kept);
      assertThat(reports().find(removed.reference())).contains(removed);
      assertThat(reports().codeOf(kept.reference())).contains(oldDigest);
      assertThat(reports().findByCode(oldDigest)).contains(kept.reference());
      assertThat(threads().find(kept.reference())).contains(thread);
    }

    @Test
    void writes_made_before_a_failed_transaction_stay() {
      var before = aReport().build();
      reports().add(before);

      assertThatThrownBy(() ->
              transactions()
                  .inTransaction(() -> {
                    reports().add(aReport().build());
                    throw new Failure();
                  }))
          .isInstanceOf(Failure.class);

      assertThat(reports().find(before.reference())).contains(before);
      assertThat(reports().count()).isEqualTo(1);
    }

    @Test
    void a_reader_on_another_thread_never_sees_a_write_that_is_undone() throws Exception {
      var report = aReport().build();
      var reader = new CompletableFuture<CompletableFuture<Boolean>>();

      assertThatThrownBy(() ->
              transactions()
                  .inTransaction(() -> {
                    reports().add(report);
                    var read =
                        CompletableFuture.supplyAsync(
                            () -> reports().find(report.reference()).isPresent());
                    reader.complete(read);
                    // Give the reader time to read (or to wait, if the store isolates by
                    // blocking) before the work fails.
                    read.copy().completeOnTimeout(false, 200, TimeUnit.MILLISECONDS).join();
                    throw new Failure();
                  }))
          .isInstanceOf(Failure.class);

      assertThat(reader.get().get(10, TimeUnit.SECONDS)).isFalse();
    }
  }

  @Nested
  class Nesting {

    @Test
    void a_nested_transaction_joins_and_is_undone_with_the_outer_one() {
      var outer = aReport().build();
      var inner = aReport().build();
      var digest = aCodeDigest();

      assertThatThrownBy(() ->
              transactions()
                  .inTransaction(() -> {
                    reports().add(outer);
                    transactions()
                        .inTransaction(() -> {
                          reports().add(inner, Optional.of(digest));
                          threads().save(aThread(inner.reference(), AT));
                          return null;
                        });
                    throw new Failure();
                  }))
          .isInstanceOf(Failure.class);

      assertThat(reports().count()).isZero();
      assertThat(reports().findByCode(digest)).isEmpty();
      assertThat(threads().find(inner.reference())).isEmpty();
    }

    @Test
    void nested_transactions_that_return_keep_every_write() {
      var outer = aReport().build();
      var inner = aReport().build();

      var result =
          transactions()
              .inTransaction(() -> {
                reports().add(outer);
                return transactions().inTransaction(() -> reports().add(inner));
              });

      assertThat(result).isEqualTo(AddOutcome.ADDED);
      assertThat(reports().findAll(List.of(outer.reference(), inner.reference())))
          .containsExactlyInAnyOrder(outer, inner);
    }

    @Test
    void a_failure_in_a_nested_transaction_undoes_the_outer_writes_when_it_propagates() {
      var outer = aReport().build();

      assertThatThrownBy(() ->
              transactions()
                  .inTransaction(() -> {
                    reports().add(outer);
                    return transactions()
                        .inTransaction(() -> {
                          reports().add(aReport().build());
                          throw new Failure();
                        });
                  }))
          .isInstanceOf(Failure.class);

      assertThat(reports().count()).isZero();
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_transactions_keep_exactly_the_writes_of_those_that_returned() {
      var outcomes =
          Concurrently.run((thread, step) -> {
            var report = aReport().build();
            var digest = aCodeDigest();
            boolean fails = step % 2 == 1;
            try {
              transactions()
                  .inTransaction(() -> {
                    assertThat(reports().add(report, Optional.of(digest)))
                        .isEqualTo(AddOutcome.ADDED);
                    threads().save(aThread(report.reference(), AT));
                    if (fails) {
                      throw new Failure();
                    }
                    return null;
                  });
            } catch (Failure expected) {
              // Half of the transactions fail on purpose.
            }
            return new Attempt(report, digest, !fails);
          });

      assertThat(reports().count()).isEqualTo(outcomes.size() / 2);
      assertThat(outcomes)
          .allSatisfy(attempt -> {
            assertThat(reports().find(attempt.report().reference()).isPresent())
                .isEqualTo(attempt.kept());
            assertThat(reports().findByCode(attempt.digest()).isPresent())
                .isEqualTo(attempt.kept());
            assertThat(threads().find(attempt.report().reference()).isPresent())
                .isEqualTo(attempt.kept());
          });
    }
  }

  @Nested
  class OptimisticConcurrency {

    @Test
    void of_two_transactions_that_read_one_report_and_then_change_it_the_second_is_told() {
      assumeTrue(transactionsOverlap(), "these transactions never overlap, so cannot race");
      var report = aReport().build();
      reports().add(report);
      var bothRead = new CyclicBarrier(2);

      var outcomes =
          Concurrently.run(
              2,
              1,
              (thread, step) ->
                  transactions()
                      .inTransaction(() -> {
                        var read = reports().find(report.reference()).orElseThrow();
                        await(bothRead);
                        return reports()
                            .update(
                                thread == 0
                                    ? after(read.assignTo(TestStaff.aStaffId()))
                                    : after(read.moveTo(ReportStatus.CLOSED, Instant.now())));
                      }));

      assertThat(outcomes).containsExactlyInAnyOrder(UpdateOutcome.UPDATED, UpdateOutcome.STALE);
      var stored = reports().find(report.reference()).orElseThrow();
      assertThat(stored.version()).isEqualTo(1);
      // Exactly one of the two changes, never both mixed.
      assertThat(stored.status() == ReportStatus.CLOSED)
          .isNotEqualTo(stored.assignee().isPresent());
    }

    private static void await(CyclicBarrier barrier) {
      try {
        barrier.await(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("the other transaction never read the report", e);
      }
    }
  }

  private record Attempt(Report report, AccessCodeDigest digest, boolean kept) {}
}
