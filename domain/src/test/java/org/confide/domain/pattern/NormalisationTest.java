package org.confide.domain.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalisationTest {

  @Nested
  class People {

    @ParameterizedTest(name = "\"{0}\" is John Smith")
    @ValueSource(
        strings = {
          "John Smith",
          "john smith",
          "JOHN SMITH",
          "  John   Smith  ",
          "John\tSmith",
          "Smith, John",
          "Smith,John",
          "Dr John Smith",
          "Dr. John Smith",
          "dr.john smith",
          "Prof. Smith, John",
          "Professor John Smith",
          "Mr John Smith",
        })
    void ways_of_writing_one_name_meet(String written) {
      assertThat(Normalisation.person(written)).contains("john smith");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Zoë Müller|muller zoe",
          "ZOE MULLER|muller zoe",
          "Renée Lefèvre-Dubois|dubois lefevre renee",
          "Søren Kierkegård|kierkegard soren",
          "Łukasz Wałęsa|lukasz walesa",
          "Straße, Anna|anna strasse",
          "Siobhán Ó Súilleabháin|o siobhan suilleabhain",
          "Mx Alex Taylor|alex taylor",
          "Ms Jo Brown|brown jo",
          "Mrs Jo Brown|brown jo",
          "Miss Jo Brown|brown jo",
          "Sir Ian Black|black ian",
          "Rev. Ann Green|ann green",
          "Dr Ann Green PhD|ann green",
          "O'Brien, Pat|obrien pat",
          "Pat O’Brien|obrien pat",
          "Pat OBrien|obrien pat",
          "Ａｎｎ Ｇｒｅｅｎ|ann green",
        })
    void accents_titles_apostrophes_and_wide_letters_are_ignored(String written, String normal) {
      assertThat(Normalisation.person(written)).contains(normal);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "   ",
          "?",
          "-",
          "Dr",
          "Dr.",
          "n/a",
          "N/A",
          "none",
          "None.",
          "unknown",
          "Don't know",
          "I don't know",
          "not sure",
          "Prefer not to say",
          "someone",
          "No one",
          "x"
        })
    void answers_that_name_no_one_give_nothing(String written) {
      assertThat(Normalisation.person(written)).isEmpty();
    }

    @Test
    void nothing_comes_of_null() {
      assertThat(Normalisation.person(null)).isEmpty();
    }

    @Test
    void different_people_stay_apart() {
      assertThat(Normalisation.person("John Smith"))
          .isNotEqualTo(Normalisation.person("Jon Smith"));
      assertThat(Normalisation.person("J. Smith")).isNotEqualTo(Normalisation.person("John Smith"));
      assertThat(Normalisation.person("Smith")).isNotEqualTo(Normalisation.person("John Smith"));
    }

    @Test
    void names_in_other_scripts_are_kept() {
      assertThat(Normalisation.person("Иван Петров")).contains("иван петров");
      assertThat(Normalisation.person("王伟")).contains("王伟");
    }

    @RepeatedTest(20)
    void shuffling_case_spacing_and_word_order_never_changes_the_form(RepetitionInfo repetition) {
      var random = new Random(31L * repetition.getCurrentRepetition());
      var words = new java.util.ArrayList<>(java.util.List.of("Anne", "Marie", "Ó", "Connor"));
      java.util.Collections.shuffle(words, random);
      var written = new StringBuilder("Dr ");
      for (var word : words) {
        var cased = random.nextBoolean() ? word.toUpperCase() : word.toLowerCase();
        written.append(cased).append(random.nextBoolean() ? ",  " : " ");
      }

      assertThat(Normalisation.person(written.toString()))
          .isEqualTo(Normalisation.person("Anne Marie Ó Connor"));
    }
  }

  @Nested
  class Places {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The Main Library",
          "main library",
          "Main Library, The",
          "Main  Library.",
          "MAIN-LIBRARY"
        })
    void ways_of_writing_one_place_meet(String written) {
      assertThat(Normalisation.place(written)).contains("library main");
    }

    @Test
    void titles_are_words_in_a_place_name() {
      // "Dr" in an address is Drive, not a doctor.
      assertThat(Normalisation.place("Elm Dr")).contains("dr elm");
    }

    @Test
    void a_room_keeps_its_digits() {
      assertThat(Normalisation.place("Room 2.14, Arts Building"))
          .contains("14 2 arts building room");
      assertThat(Normalisation.place("Room 2.14")).isNotEqualTo(Normalisation.place("Room 2.15"));
    }

    @Test
    void answers_that_name_no_place_give_nothing() {
      assertThat(Normalisation.place("not sure")).isEmpty();
      assertThat(Normalisation.place("somewhere")).isEmpty();
    }
  }

  @Nested
  class SeveralInOneAnswer {

    @Test
    void lines_and_semicolons_separate_mentions_each_kept_once() {
      assertThat(
              Normalisation.all(
                  PatternKind.PERSON, "Dr John Smith; Ann Green\nSmith, John\n\n don't know"))
          .containsExactly("john smith", "ann green");
    }
  }
}
