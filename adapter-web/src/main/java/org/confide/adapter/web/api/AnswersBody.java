package org.confide.adapter.web.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;

/**
 * The {@code answers} of a report's body, read from the JSON straight into raw answers, as they
 * arrive, rather than into a tree of nodes that is then read again: every submission reads them.
 * Each answer is a string or a list of strings per question id. A JSON null means "not answered"
 * and is dropped rather than passed on (in a list too); any other shape is a problem for that
 * answer, named by its question id when the key is one.
 *
 * @param given the answers of a usable shape, by question id, in the order sent
 * @param misshapen the problems with the others, in the order sent
 */
@JsonDeserialize(using = AnswersBody.Reader.class)
record AnswersBody(Map<String, RawAnswer> given, List<FieldProblem> misshapen) {

  @Override
  public String toString() {
    return "AnswersBody[" + given.size() + " answers]";
  }

  /** Reads an object of answers from the parser, token by token. */
  static final class Reader extends StdDeserializer<AnswersBody> {

    Reader() {
      super(AnswersBody.class);
    }

    @Override
    public AnswersBody deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.isExpectedStartObjectToken()) {
        return (AnswersBody) context.handleUnexpectedToken(AnswersBody.class, parser);
      }
      var given = new LinkedHashMap<String, RawAnswer>();
      var misshapen = new ArrayList<FieldProblem>();
      for (var key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
        var field = QuestionId.isWellFormed(key) ? "answers." + key : "answers";
        switch (parser.nextToken()) {
          case VALUE_NULL -> {
            // Not answered.
          }
          case VALUE_STRING -> given.put(key, new RawAnswer.Single(parser.getText()));
          case START_ARRAY -> {
            var values = new ArrayList<String>();
            boolean wellFormed = true;
            for (var element = parser.nextToken();
                element != JsonToken.END_ARRAY;
                element = parser.nextToken()) {
              if (element == JsonToken.VALUE_STRING) {
                values.add(parser.getText());
              } else if (element != JsonToken.VALUE_NULL) {
                wellFormed = false;
                parser.skipChildren();
              }
            }
            if (wellFormed) {
              given.put(key, new RawAnswer.Many(values));
            } else {
              misshapen.add(FieldProblem.of(field, ProblemCode.REQUEST_OPTION_STRINGS));
            }
          }
          default -> {
            parser.skipChildren();
            misshapen.add(FieldProblem.of(field, ProblemCode.REQUEST_ANSWER));
          }
        }
      }
      return new AnswersBody(given, misshapen);
    }
  }
}
