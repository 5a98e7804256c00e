package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestData.aThread;
import static org.confide.testing.TestData.reporterMessage;
import static org.confide.testing.TestData.staffMessage;
import static org.confide.testing.TestReports.aReference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.confide.application.port.out.MessageThreads;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.MessageThread;
import org.confide.testing.Concurrently;
import org.confide.testing.TestStaff;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link MessageThreads} adapter: one thread per report, stored whole — every
 * message with its side, author, body, sent and read times, in order — and read back equal to what
 * was last saved. Saving again replaces the thread. A message posted or read after saving is not
 * visible until the thread is saved again. Concurrent writers lose no thread.
 *
 * <p>{@link #threads()} must return the same adapter, empty, throughout one test.
 */
public abstract class MessageThreadsContract {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** For a subclass that runs this contract against one adapter. */
  protected MessageThreadsContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract MessageThreads threads();

  @Nested
  class Saving {

    @Test
    void a_saved_thread_is_found_whole() {
      var thread =
          aThread(aReference(), T0)
              .post(staffMessage(TestStaff.aStaffId(), T0.plusSeconds(60)))
              .markReadBy(AuthorSide.REPORTER, T0.plusSeconds(120))
              .post(reporterMessage(T0.plusSeconds(180)));

      threads().save(thread);

      assertThat(threads().find(thread.reference())).contains(thread);
    }

    @Test
    void an_empty_thread_is_found_empty() {
      var thread = MessageThread.open(aReference());

      threads().save(thread);

      assertThat(threads().find(thread.reference())).contains(thread);
    }

    @Test
    void saving_again_replaces_the_thread() {
      var first = aThread(aReference(), T0);
      threads().save(first);
      var answered =
          first
              .markReadBy(AuthorSide.STAFF, T0.plusSeconds(30))
              .post(staffMessage(TestStaff.aStaffId(), T0.plusSeconds(60)));

      threads().save(answered);

      assertThat(threads().find(first.reference())).contains(answered);
    }

    @Test
    void a_report_without_a_thread_finds_nothing() {
      threads().save(aThread(aReference(), T0));

      assertThat(threads().find(aReference())).isEmpty();
    }

    @Test
    void a_message_posted_but_not_saved_is_not_visible() {
      var thread = aThread(aReference(), T0);
      threads().save(thread);

      var posted = thread.post(reporterMessage(T0.plusSeconds(60)));

      assertThat(posted.messages()).hasSize(2);
      assertThat(threads().find(thread.reference())).contains(thread);
    }
  }

  @Nested
  class FindingSeveral {

    @Test
    void find_all_returns_the_threads_of_those_reports_that_have_one() {
      var first = aThread(aReference(), T0);
      var second = aThread(aReference(), T0);
      threads().save(first);
      threads().save(second);
      threads().save(aThread(aReference(), T0));
      var noThread = aReference();

      var found = threads().findAll(List.of(first.reference(), noThread, second.reference()));

      assertThat(found)
          .containsOnlyKeys(first.reference(), second.reference())
          .containsEntry(first.reference(), first)
          .containsEntry(second.reference(), second);
      assertThat(threads().findAll(List.of())).isEmpty();
    }
  }

  @Nested
  class Removing {

    @Test
    void a_removed_thread_is_gone_and_others_stay() {
      var kept = aThread(aReference(), T0);
      var removed = aThread(aReference(), T0);
      threads().save(kept);
      threads().save(removed);

      threads().remove(removed.reference());

      assertThat(threads().find(removed.reference())).isEmpty();
      assertThat(threads().find(kept.reference())).contains(kept);
    }

    @Test
    void removing_a_thread_that_does_not_exist_does_nothing() {
      var kept = aThread(aReference(), T0);
      threads().save(kept);

      threads().remove(aReference());

      assertThat(threads().find(kept.reference())).contains(kept);
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_writers_lose_no_thread() {
      var saved =
          Concurrently.run((thread, step) -> {
            var messages = aThread(aReference(), T0);
            threads().save(messages);
            return messages.reference();
          });

      assertThat(threads().findAll(saved)).hasSize(saved.size());
    }

    @Test
    void concurrent_saves_of_different_threads_keep_every_last_version() {
      var stored = new ArrayList<MessageThread>();
      for (int i = 0; i < Concurrently.THREADS; i++) {
        var thread = aThread(aReference(), T0);
        threads().save(thread);
        stored.add(thread);
      }

      Concurrently.run((thread, step) -> {
        var current = threads().find(stored.get(thread).reference()).orElseThrow();
        threads().save(current.post(reporterMessage(T0.plusSeconds(step + 1))));
        return null;
      });

      assertThat(stored)
          .allSatisfy(thread ->
              assertThat(threads().find(thread.reference()).orElseThrow().messages())
                  .hasSize(1 + Concurrently.TIMES));
    }
  }
}
