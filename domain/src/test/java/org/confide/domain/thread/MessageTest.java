package org.confide.domain.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessageTest {

  private static final Random RANDOM = new Random(42);
  private static final Instant SENT = Instant.parse("2025-03-03T10:00:00Z");
  private static final StaffId ADVISER = StaffId.generate(RANDOM);
  private static final MessageBody BODY = new MessageBody("Hello");

  @Nested
  class Authorship {

    @Test
    void a_reporter_message_names_no_author() {
      var message = Message.fromReporter(MessageId.generate(RANDOM), BODY, SENT);

      assertThat(message.side()).isEqualTo(AuthorSide.REPORTER);
      assertThat(message.author()).isEmpty();
      assertThat(message.readAt()).isEmpty();
    }

    @Test
    void a_staff_message_names_its_author() {
      var message = Message.fromStaff(MessageId.generate(RANDOM), ADVISER, BODY, SENT);

      assertThat(message.side()).isEqualTo(AuthorSide.STAFF);
      assertThat(message.author()).contains(ADVISER);
    }

    @Test
    void a_reporter_message_with_an_author_is_refused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() ->
              new Message(
                  MessageId.generate(RANDOM),
                  AuthorSide.REPORTER,
                  BODY,
                  SENT,
                  Optional.of(ADVISER),
                  Optional.empty()))
          .withMessageContaining("message author");
    }

    @Test
    void a_staff_message_without_an_author_is_refused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() ->
              new Message(
                  MessageId.generate(RANDOM),
                  AuthorSide.STAFF,
                  BODY,
                  SENT,
                  Optional.empty(),
                  Optional.empty()))
          .withMessageContaining("message author");
    }
  }

  @Nested
  class Reading {

    @Test
    void mark_read_records_when() {
      var message = Message.fromReporter(MessageId.generate(RANDOM), BODY, SENT);
      var at = SENT.plusSeconds(60);

      var read = message.markRead(at);

      assertThat(read.readAt()).contains(at);
      assertThat(read.isRead()).isTrue();
      assertThat(message.isRead()).isFalse();
    }

    @Test
    void marking_read_again_keeps_the_first_read_time() {
      var first = SENT.plusSeconds(60);
      var read = Message.fromReporter(MessageId.generate(RANDOM), BODY, SENT).markRead(first);

      assertThat(read.markRead(SENT.plusSeconds(600))).isSameAs(read);
      assertThat(read.markRead(SENT.plusSeconds(600)).readAt()).contains(first);
    }

    @Test
    void read_before_it_was_sent_is_refused() {
      var message = Message.fromReporter(MessageId.generate(RANDOM), BODY, SENT);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> message.markRead(SENT.minusSeconds(1)))
          .withMessage("message read at must not be before its sent at");
    }

    @Test
    void read_at_the_moment_it_was_sent_is_accepted() {
      var message = Message.fromReporter(MessageId.generate(RANDOM), BODY, SENT);

      assertThat(message.markRead(SENT).readAt()).contains(SENT);
    }
  }

  @Test
  void to_string_does_not_reveal_the_body() {
    assertThat(
            Message.fromReporter(MessageId.generate(RANDOM), new MessageBody("my secret"), SENT)
                .toString())
        .doesNotContain("my secret");
  }

  @Test
  void an_internal_note_holds_its_author_body_and_time() {
    var note =
        new InternalNote(NoteId.generate(RANDOM), ADVISER, new NoteBody("Left voicemail"), SENT);

    assertThat(note.author()).isEqualTo(ADVISER);
    assertThat(note.body().text()).isEqualTo("Left voicemail");
    assertThat(note.toString()).doesNotContain("voicemail");
  }
}
