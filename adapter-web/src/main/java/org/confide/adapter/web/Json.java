package org.confide.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.confide.domain.shared.ProblemCode;

/**
 * Reads request bodies strictly and writes responses. A body must be {@code application/json} in
 * UTF-8; an unknown field, a key given twice, a wrong type, a trailing token, deep nesting or text
 * holding half of a surrogate pair is a 400 naming the field, never a guess at what was meant.
 * Error messages are our own words: Jackson's would quote what was sent.
 */
public final class Json {

  /** Deeper than any request of the API needs; bounds the work a hostile body can cause. */
  public static final int MAX_NESTING_DEPTH = 16;

  private static final String JSON = "application/json";

  /** A field name that may be repeated in a problem: a plain identifier, never arbitrary text. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final ObjectMapper mapper;
  // A reader for each type read, made once: the mapper would find the type's reader on every body.
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

  public Json() {
    var factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            // Jackson's default keeps its buffers per thread, and a virtual thread serves one
            // request: every body read and every answer written made its buffers afresh.
            .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
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
    // Nor is empty text a missing boolean or number: an optional one left out is read as absent,
    // but "" sent for it is a mistake to name, not a default to take.
    for (var type : new LogicalType[] {LogicalType.Boolean, LogicalType.Integer}) {
      built
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
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
      throw ProblemException.invalid("body", ProblemCode.REQUEST_BODY);
    }
    refuseLoneSurrogates(body);
    try {
      T value = readers.computeIfAbsent(type, mapper::readerFor).readValue(body);
      if (value == null) {
        throw ProblemException.invalid("body", ProblemCode.REQUEST_OBJECT);
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ProblemException.invalid(
          path(e, e.getPropertyName()), ProblemCode.REQUEST_UNKNOWN_FIELD);
    } catch (StreamConstraintsException e) {
      throw ProblemException.invalid("body", ProblemCode.REQUEST_NESTED);
    } catch (JsonParseException e) {
      throw ProblemException.invalid(
          "body",
          e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
              ? ProblemCode.REQUEST_TWICE
              : ProblemCode.REQUEST_NOT_JSON);
    } catch (MismatchedInputException e) {
      throw ProblemException.invalid(path(e, null), expected(e.getTargetType()));
    } catch (JsonMappingException e) {
      throw ProblemException.invalid(
          path(e, null),
          e.getCause() instanceof StreamConstraintsException
              ? ProblemCode.REQUEST_NESTED
              : ProblemCode.REQUEST_UNREADABLE);
    } catch (JsonProcessingException e) {
      throw ProblemException.invalid("body", ProblemCode.REQUEST_NOT_JSON);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a request body failed", e);
    }
  }

  /** Writes {@code body} as the JSON result with {@code status}. */
  public void write(Context ctx, int status, Object body) {
    write(ctx, status, JSON, body);
  }

  /** Writes {@code body} as the result with {@code status}, of the JSON media type {@code type}. */
  public void write(Context ctx, int status, String type, Object body) {
    ctx.status(status);
    ctx.contentType(type);
    ctx.result(bytes(body));
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
    String[] parts = type == null ? new String[] {""} : type.split(";");
    String media = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals(JSON)) {
      throw new ProblemException(Problem.of(415, "notJson"));
    }
    for (int i = 1; i < parts.length; i++) {
      var parameter = parts[i].split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset")
          && (parameter.length < 2 || !isUtf8(parameter[1]))) {
        // JSON exchanged between systems is UTF-8 (RFC 8259); reading it as anything else would
        // store other characters than the sender meant.
        throw new ProblemException(Problem.of(415, "notUtf8"));
      }
    }
  }

  private static boolean isUtf8(String value) {
    var name = value.strip();
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1);
    }
    return name.equalsIgnoreCase("utf-8") || name.equalsIgnoreCase("utf8");
  }

  /**
   * Refuses text holding half of a UTF-16 surrogate pair ({@code "\ud800"} written alone): it is no
   * character at all, and would be stored as a question mark. The body is read as tokens once,
   * before it is mapped, so that the field can be named; a body that is not JSON is left to the
   * mapping to name. Most bodies cannot hold one at all ({@link #mayHoldSurrogates}), and are not
   * read twice.
   */
  private void refuseLoneSurrogates(byte[] body) {
    if (!mayHoldSurrogates(body)) {
      return;
    }
    try (var parser = mapper.getFactory().createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
            && hasLoneSurrogate(parser.getText())) {
          throw ProblemException.invalid(
              field(parser.getParsingContext(), token == JsonToken.FIELD_NAME),
              ProblemCode.REQUEST_SURROGATE);
        }
      }
    } catch (JsonProcessingException notJson) {
      // Named when the body is mapped.
    } catch (IOException e) {
      throw new UncheckedIOException("reading a request body failed", e);
    }
  }

  /**
   * Whether text read from {@code body} may hold a surrogate, paired or not: only an escape {@code
   * \\uD800} to {@code \\uDFFF} (in either case) writes one, or the bytes of one encoded as if it
   * were a character, which begin {@code 0xED} (as do a few Hangul syllables, read the slow way
   * too). A character beyond the Basic Multilingual Plane sent as its four UTF-8 bytes is read as a
   * whole pair. An escaped backslash before a {@code u} may make this say yes wrongly, never no.
   */
  static boolean mayHoldSurrogates(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (b == (byte) 0xED) {
        return true;
      }
      if (b == '\\'
          && i + 3 < body.length
          && body[i + 1] == 'u'
          && (body[i + 2] == 'd' || body[i + 2] == 'D')
          && isSurrogateHexDigit(body[i + 3])) {
        return true;
      }
    }
    return false;
  }

  // The third hex digit of a surrogate's escape: D800 to DFFF.
  private static boolean isSurrogateHexDigit(byte b) {
    return (b >= '8' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The field the parser is at, named as in problems ({@code contact.name}, {@code holidays[0]}),
   * or for a field name its object. A name that is not a plain identifier is not repeated: the path
   * stops at the object holding it.
   */
  private static String field(JsonStreamContext context, boolean atName) {
    var contexts = new ArrayDeque<JsonStreamContext>();
    for (var at = context; at != null && !at.inRoot(); at = at.getParent()) {
      contexts.push(at);
    }
    var text = new StringBuilder();
    for (var at : contexts) {
      if (at.inArray()) {
        text.append('[').append(Math.max(0, at.getCurrentIndex())).append(']');
        continue;
      }
      var name = at.getCurrentName();
      if ((atName && at == context) || name == null || !PLAIN_NAME.matcher(name).matches()) {
        break;
      }
      text.append(text.isEmpty() ? "" : ".").append(name);
    }
    return text.isEmpty() ? "body" : text.toString();
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

  private static ProblemCode expected(Class<?> type) {
    if (type == null) {
      return ProblemCode.REQUEST_OTHER_TYPE;
    }
    if (type == String.class || type.isEnum()) {
      return ProblemCode.REQUEST_STRING;
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return ProblemCode.REQUEST_WHOLE_NUMBER;
    }
    if (type == Boolean.class || type == boolean.class) {
      return ProblemCode.REQUEST_BOOLEAN;
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return ProblemCode.REQUEST_LIST;
    }
    if (type == java.time.LocalDate.class) {
      return ProblemCode.REQUEST_DATE;
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return ProblemCode.REQUEST_AN_OBJECT;
    }
    return ProblemCode.REQUEST_OTHER_TYPE;
  }
}
