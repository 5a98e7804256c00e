package org.confide.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Reads request bodies strictly and writes responses. A body must be {@code application/json}; an
 * unknown field, a key given twice, a wrong type, a trailing token or deep nesting is a 400 naming
 * the field, never a guess at what was meant. Error messages are our own words: Jackson's would
 * quote what was sent.
 */
public final class Json {

  /** Deeper than any request of the API needs; bounds the work a hostile body can cause. */
  public static final int MAX_NESTING_DEPTH = 16;

  private static final String JSON = "application/json";

  private final ObjectMapper mapper;

  public Json() {
    var factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();
    var built =
        JsonMapper.builder(factory)
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
            .build();
    // A number or a boolean where text is expected is a mistake in the client, not text.
    for (var shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      built.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    built
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    this.mapper = built;
  }

  /** The configured mapper, for Javalin and for tests. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * The body as {@code type}: 415 unless it is JSON, 413 when too large (Javalin's limit, checked
   * while reading), 400 naming the field for anything else wrong.
   */
  public <T> T read(Context ctx, Class<T> type) {
    requireJson(ctx);
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ProblemException.invalid("body", "A JSON body is required");
    }
    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw ProblemException.invalid("body", "A JSON object is required, not null");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ProblemException.invalid(
          path(e, e.getPropertyName()), "Is not a field of this request; remove it");
    } catch (StreamConstraintsException e) {
      throw ProblemException.invalid("body", "Is nested too deeply");
    } catch (JsonParseException e) {
      throw ProblemException.invalid(
          "body",
          e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
              ? "Names the same field twice"
              : "Is not valid JSON");
    } catch (MismatchedInputException e) {
      throw ProblemException.invalid(path(e, null), "Should be " + expected(e.getTargetType()));
    } catch (JsonMappingException e) {
      throw ProblemException.invalid(
          path(e, null),
          e.getCause() instanceof StreamConstraintsException
              ? "Is nested too deeply"
              : "Could not be read");
    } catch (JsonProcessingException e) {
      throw ProblemException.invalid("body", "Is not valid JSON");
    } catch (IOException e) {
      throw new UncheckedIOException("reading a request body failed", e);
    }
  }

  /** Writes {@code body} as the JSON result with {@code status}. */
  public void write(Context ctx, int status, Object body) {
    ctx.status(status);
    ctx.contentType(JSON);
    ctx.result(bytes(body));
  }

  /** Writes {@code problem} as {@code application/problem+json}. */
  public void write(Context ctx, Problem problem) {
    ctx.status(problem.status());
    ctx.contentType(Problem.MEDIA_TYPE);
    ctx.result(bytes(problem));
  }

  public byte[] bytes(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response record could not be written", e);
    }
  }

  private static void requireJson(Context ctx) {
    String type = ctx.header("Content-Type");
    String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals(JSON)) {
      throw new ProblemException(
          Problem.of(415, "Unsupported media type", "Send the body as application/json."));
    }
  }

  private static String path(JsonMappingException e, String last) {
    var text = new StringBuilder();
    for (var reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!text.isEmpty()) {
          text.append('.');
        }
        text.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        text.append('[').append(reference.getIndex()).append(']');
      }
    }
    if (last != null && !text.toString().endsWith(last)) {
      if (!text.isEmpty()) {
        text.append('.');
      }
      text.append(last);
    }
    return text.isEmpty() ? "body" : text.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class || type.isEnum()) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == java.time.LocalDate.class) {
      return "a date, written YYYY-MM-DD";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "of another type";
  }
}
