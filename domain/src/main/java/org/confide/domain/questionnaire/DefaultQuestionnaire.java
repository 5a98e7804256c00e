package org.confide.domain.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The questionnaire that ships with Confide (version 1), read from {@value #RESOURCE}. Its ids are
 * a stable contract for integrators: {@code incident-type}, {@code where}, {@code when}, {@code
 * reporter-role}, {@code affected-person}, {@code under-18}, {@code immediate-danger}, {@code
 * people-involved-role}, {@code named-person}, {@code location-detail} and the others in the file.
 */
public final class DefaultQuestionnaire {

  /** Where the default questionnaire lives on the class path. */
  public static final String RESOURCE =
      "/org/confide/domain/questionnaire/default-questionnaire.json";

  private DefaultQuestionnaire() {}

  /** The default questionnaire; read once, then shared, as a questionnaire never changes. */
  public static Questionnaire load() {
    return Holder.QUESTIONNAIRE;
  }

  private static final class Holder {
    private static final Questionnaire QUESTIONNAIRE = read();
  }

  private static Questionnaire read() {
    try (var in = DefaultQuestionnaire.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the default questionnaire is missing: " + RESOURCE);
      }
      return switch (QuestionnaireFormat.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
        case QuestionnaireFormat.Parsed parsed -> parsed.questionnaire();
        case QuestionnaireFormat.Rejected rejected ->
            throw new IllegalStateException(
                "the default questionnaire is broken: " + rejected.problems());
      };
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the default questionnaire", e);
    }
  }
}
