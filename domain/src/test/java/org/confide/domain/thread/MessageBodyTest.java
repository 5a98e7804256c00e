package org.confide.domain.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessageBodyTest {

  @Nested
  class Accepting {

    @Test
    void surrounding_whitespace_is_trimmed() {
      assertThat(new MessageBody("  Thank you.\n").text()).isEqualTo("Thank you.");
    }

    @Test
    void line_breaks_and_tabs_inside_are_kept() {
      assertThat(new MessageBody("Line one\r\nLine two\n\tindented").text())
          .isEqualTo("Line one\r\nLine two\n\tindented");
    }

    @Test
    void exactly_five_thousand_characters_are_accepted() {
      assertThat(new MessageBody("a".repeat(5000)).text()).hasSize(5000);
    }
  }

  @Nested
  class Refusing {

    @Test
    void a_blank_body() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new MessageBody(" \n\t "))
          .withMessage("message body must not be blank");
    }

    @Test
    void a_missing_body() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new MessageBody(null))
          .withMessageContaining("message body");
    }

    @Test
    void more_than_five_thousand_characters() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new MessageBody("a".repeat(5001)))
          .withMessage("message body must be at most 5000 characters");
    }

    @Test
    void a_nul_character() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new MessageBody("hello\u0000world"))
          .withMessage("message body must not contain control characters");
    }

    @Test
    void an_escape_or_bell_character() {
      assertThatIllegalArgumentException().isThrownBy(() -> new MessageBody("red\u001B[31m"));
      assertThatIllegalArgumentException().isThrownBy(() -> new MessageBody("ding\u0007"));
    }
  }

  @Test
  void to_string_hides_the_text() {
    assertThat(new MessageBody("He lives at 12 Elm Road").toString())
        .isEqualTo("MessageBody[hidden]");
    assertThat(new NoteBody("He lives at 12 Elm Road").toString()).isEqualTo("NoteBody[hidden]");
  }

  @Test
  void a_note_body_follows_the_same_rules_under_its_own_name() {
    assertThat(new NoteBody("  Called back, no answer. ").text())
        .isEqualTo("Called back, no answer.");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NoteBody(""))
        .withMessage("note body must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NoteBody("x".repeat(5001)))
        .withMessage("note body must be at most 5000 characters");
  }
}
