package org.confide.adapter.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.questionnaire.Answer;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.OptionId;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.report.ContactDetails;

/**
 * The JSON text that a report's answers and a reporter's contact details are written as before they
 * are sealed, and read back from after they are opened. Written field by field, so that the stored
 * form is ours and not whatever a serialiser makes of the domain types.
 *
 * <p>Answers: {@code {"<question id>": {"kind": "single", "option": "<id>"} | {"kind": "multiple",
 * "options": ["<id>", ...]} | {"kind": "date", "date": "YYYY-MM-DD"} | {"kind": "text", "text":
 * "..."}}}, in the order given. Contact details: {@code {"name": "...", "email": "...", "phone":
 * "..."}}, email and phone left out when absent.
 */
final class ReportCodec {

  // Buffers shared between threads: Jackson's default keeps them per thread, and a virtual thread
  // serves one request, so every submission would make them afresh.
  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
              .build());

  private ReportCodec() {}

  /**
   * The answers as JSON text, written straight out rather than built as a tree first: every
   * submission writes them.
   */
  static String writeAnswers(Answers answers) {
    Objects.requireNonNull(answers, "answers must not be null");
    var text = new StringWriter();
    try (var out = JSON.getFactory().createGenerator(text)) {
      out.writeStartObject();
      for (var entry : answers.byQuestion().entrySet()) {
        out.writeObjectFieldStart(entry.getKey().value());
        switch (entry.getValue()) {
          case Answer.SingleChoice single -> {
            out.writeStringField("kind", "single");
            out.writeStringField("option", single.option().value());
          }
          case Answer.MultipleChoice multiple -> {
            out.writeStringField("kind", "multiple");
            out.writeArrayFieldStart("options");
            for (var option : multiple.options()) {
              out.writeString(option.value());
            }
            out.writeEndArray();
          }
          case Answer.Date date -> {
            out.writeStringField("kind", "date");
            out.writeStringField("date", date.date().toString());
          }
          case Answer.Month month -> {
            out.writeStringField("kind", "month");
            out.writeStringField("month", month.month().toString());
          }
          case Answer.MoreThanAYearAgo longAgo ->
              out.writeStringField("kind", "more-than-a-year-ago");
          case Answer.Text answer -> {
            out.writeStringField("kind", "text");
            out.writeStringField("text", answer.text());
          }
        }
        out.writeEndObject();
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("answers could not be written as JSON", e);
    }
    return text.toString();
  }

  /** The answers written by {@link #writeAnswers}. */
  static Answers readAnswers(String json) {
    var root = read(json, "answers");
    var answers = new LinkedHashMap<QuestionId, Answer>();
    try {
      var fields = root.properties().iterator();
      while (fields.hasNext()) {
        var field = fields.next();
        answers.put(QuestionId.of(field.getKey()), answer(field.getValue()));
      }
      return new Answers(answers);
    } catch (RuntimeException e) {
      // Whatever the model refuses in what was stored, the store is damaged: say so, with why.
      throw new IllegalStateException("stored answers are not in the expected form", e);
    }
  }

  /** The contact details as JSON text. */
  static String writeContact(ContactDetails contact) {
    Objects.requireNonNull(contact, "contact must not be null");
    var root = JSON.createObjectNode();
    root.put("name", contact.name());
    contact.email().ifPresent(email -> root.put("email", email));
    contact.phone().ifPresent(phone -> root.put("phone", phone));
    return write(root);
  }

  /** The contact details written by {@link #writeContact}. */
  static ContactDetails readContact(String json) {
    var root = read(json, "contact details");
    try {
      return new ContactDetails(
          text(root, "name"), optionalText(root, "email"), optionalText(root, "phone"));
    } catch (RuntimeException e) {
      throw new IllegalStateException("stored contact details are not in the expected form", e);
    }
  }

  private static Answer answer(JsonNode node) {
    var kind = text(node, "kind");
    return switch (kind) {
      case "single" -> new Answer.SingleChoice(OptionId.of(text(node, "option")));
      case "multiple" -> {
        var options = node.get("options");
        if (options == null || !options.isArray()) {
          throw new IllegalArgumentException("a multiple-choice answer needs an options array");
        }
        var ids = new ArrayList<OptionId>();
        options.forEach(option -> ids.add(OptionId.of(textOf(option, "options"))));
        yield new Answer.MultipleChoice(ids);
      }
      case "date" -> new Answer.Date(LocalDate.parse(text(node, "date")));
      case "month" -> new Answer.Month(java.time.YearMonth.parse(text(node, "month")));
      case "more-than-a-year-ago" -> new Answer.MoreThanAYearAgo();
      case "text" -> new Answer.Text(text(node, "text"));
      default -> throw new IllegalArgumentException("unknown answer kind " + kind);
    };
  }

  private static String text(JsonNode node, String field) {
    return optionalText(node, field)
        .orElseThrow(() -> new IllegalArgumentException(field + " is missing"));
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    var value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(textOf(value, field));
  }

  private static String textOf(JsonNode value, String field) {
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " is not text");
    }
    return value.textValue();
  }

  private static String write(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private static JsonNode read(String json, String what) {
    Objects.requireNonNull(json, what + " must not be null");
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      // The exception's message would quote the stored text, so it is not kept.
      throw new IllegalStateException("stored " + what + " are not JSON");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalStateException("stored " + what + " are not a JSON object");
    }
    return root;
  }
}
