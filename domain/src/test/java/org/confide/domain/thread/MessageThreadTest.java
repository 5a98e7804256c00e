package org.confide.domain.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessageThreadTest {

  private static final Random RANDOM = new Random(42);
  private static final ReportReference REFERENCE = ReportReference.generate(RANDOM);
  private static final StaffId ADVISER = StaffId.generate(RANDOM);
  private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");

  private static Message fromReporter(Instant at, String text) {
    return Message.fromReporter(MessageId.generate(RANDOM), new MessageBody(text), at);
  }

  private static Message fromStaff(Instant at, String text) {
    return Message.fromStaff(MessageId.generate(RANDOM), ADVISER, new MessageBody(text), at);
  }

  private static Instant minutes(int n) {
    return T0.plusSeconds(60L * n);
  }

  @Nested
  class Opening {

    @Test
    void a_new_thread_is_empty_and_belongs_to_its_report() {
      var thread = MessageThread.open(REFERENCE);

      assertThat(thread.reference()).isEqualTo(REFERENCE);
      assertThat(thread.messages()).isEmpty();
      assertThat(thread.unreadFor(AuthorSide.STAFF)).isZero();
      assertThat(thread.lastFrom(AuthorSide.REPORTER)).isEmpty();
    }
  }

  @Nested
  class Posting {

    @Test
    void messages_are_kept_in_the_order_they_were_sent() {
      var first = fromReporter(minutes(0), "first");
      var second = fromStaff(minutes(5), "second");
      var third = fromReporter(minutes(5), "third");

      var thread = MessageThread.open(REFERENCE).post(first).post(second).post(third);

      assertThat(thread.messages()).containsExactly(first, second, third);
    }

    @Test
    void posting_returns_a_new_thread_and_leaves_the_old_one_alone() {
      var empty = MessageThread.open(REFERENCE);

      var posted = empty.post(fromReporter(minutes(0), "hello"));

      assertThat(empty.messages()).isEmpty();
      assertThat(posted.messages()).hasSize(1);
    }

    @Test
    void a_message_sent_before_the_last_one_is_refused() {
      var thread = MessageThread.open(REFERENCE).post(fromReporter(minutes(10), "later"));

      assertThatIllegalArgumentException()
          .isThrownBy(() -> thread.post(fromStaff(minutes(9), "earlier")))
          .withMessage("thread messages must be in sent at order");
    }

    @Test
    void the_same_message_cannot_be_posted_twice() {
      var message = fromReporter(minutes(0), "hello");
      var thread = MessageThread.open(REFERENCE).post(message);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> thread.post(message))
          .withMessage("thread messages must have distinct ids");
    }

    @Test
    void a_message_already_read_cannot_be_posted() {
      var read = fromReporter(minutes(0), "hello").markRead(minutes(1));

      assertThatIllegalArgumentException()
          .isThrownBy(() -> MessageThread.open(REFERENCE).post(read))
          .withMessage("a posted message must not be read yet");
    }

    @Test
    void the_messages_cannot_be_changed_from_outside() {
      var thread = MessageThread.open(REFERENCE).post(fromReporter(minutes(0), "hello"));

      assertThat(thread.messages()).isUnmodifiable();
    }
  }

  @Nested
  class Reading {

    private final MessageThread thread =
        MessageThread.open(REFERENCE)
            .post(fromReporter(minutes(0), "r1"))
            .post(fromReporter(minutes(1), "r2"))
            .post(fromStaff(minutes(2), "s1"))
            .post(fromReporter(minutes(3), "r3"));

    @Test
    void each_side_counts_the_unread_messages_from_the_other() {
      assertThat(thread.unreadFor(AuthorSide.STAFF)).isEqualTo(3);
      assertThat(thread.unreadFor(AuthorSide.REPORTER)).isEqualTo(1);
    }

    @Test
    void staff_reading_marks_the_reporter_messages_read_and_not_their_own() {
      var read = thread.markReadBy(AuthorSide.STAFF, minutes(10));

      assertThat(read.unreadFor(AuthorSide.STAFF)).isZero();
      assertThat(read.unreadFor(AuthorSide.REPORTER)).isEqualTo(1);
      assertThat(read.messages())
          .filteredOn(message -> message.side() == AuthorSide.REPORTER)
          .allMatch(message -> message.readAt().orElseThrow().equals(minutes(10)));
      assertThat(read.lastFrom(AuthorSide.STAFF).orElseThrow().readAt()).isEmpty();
    }

    @Test
    void the_reporter_reading_marks_the_staff_messages_read() {
      var read = thread.markReadBy(AuthorSide.REPORTER, minutes(10));

      assertThat(read.unreadFor(AuthorSide.REPORTER)).isZero();
      assertThat(read.unreadFor(AuthorSide.STAFF)).isEqualTo(3);
    }

    @Test
    void reading_again_keeps_the_first_read_times() {
      var once = thread.markReadBy(AuthorSide.STAFF, minutes(10));

      var twice = once.markReadBy(AuthorSide.STAFF, minutes(20));

      assertThat(twice).isEqualTo(once);
    }

    @Test
    void messages_sent_after_the_reading_stay_unread() {
      var read = thread.markReadBy(AuthorSide.STAFF, minutes(1));

      assertThat(read.unreadFor(AuthorSide.STAFF)).isEqualTo(1);
      assertThat(read.lastFrom(AuthorSide.REPORTER).orElseThrow().isRead()).isFalse();
    }

    @Test
    void reading_leaves_the_original_thread_alone() {
      thread.markReadBy(AuthorSide.STAFF, minutes(10));

      assertThat(thread.unreadFor(AuthorSide.STAFF)).isEqualTo(3);
    }

    @Test
    void last_from_gives_the_latest_message_of_each_side() {
      assertThat(thread.lastFrom(AuthorSide.REPORTER).orElseThrow().body().text()).isEqualTo("r3");
      assertThat(thread.lastFrom(AuthorSide.STAFF).orElseThrow().body().text()).isEqualTo("s1");
    }
  }

  @Nested
  class Reconstituting {

    @Test
    void a_stored_thread_comes_back_equal() {
      var thread =
          MessageThread.open(REFERENCE)
              .post(fromReporter(minutes(0), "hello"))
              .post(fromStaff(minutes(1), "hi"))
              .markReadBy(AuthorSide.REPORTER, minutes(2));

      var again = MessageThread.reconstitute(REFERENCE, thread.messages());

      assertThat(again).isEqualTo(thread).hasSameHashCodeAs(thread);
    }

    @Test
    void messages_out_of_order_are_refused() {
      var messages = List.of(fromReporter(minutes(1), "b"), fromReporter(minutes(0), "a"));

      assertThatIllegalArgumentException()
          .isThrownBy(() -> MessageThread.reconstitute(REFERENCE, messages))
          .withMessage("thread messages must be in sent at order");
    }

    @Test
    void a_repeated_id_is_refused() {
      var message = fromReporter(minutes(0), "a");

      assertThatIllegalArgumentException()
          .isThrownBy(() -> MessageThread.reconstitute(REFERENCE, List.of(message, message)))
          .withMessage("thread messages must have distinct ids");
    }

    @Test
    void the_list_passed_in_is_copied() {
      var messages = new ArrayList<>(List.of(fromReporter(minutes(0), "a")));
      var thread = MessageThread.reconstitute(REFERENCE, messages);

      messages.clear();

      assertThat(thread.messages()).hasSize(1);
    }
  }

  @Test
  void to_string_shows_the_reference_and_count_but_no_text() {
    var thread = MessageThread.open(REFERENCE).post(fromReporter(minutes(0), "private words"));

    assertThat(thread.toString()).contains(REFERENCE.display()).doesNotContain("private words");
  }
}
