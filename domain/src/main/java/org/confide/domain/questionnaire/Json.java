package org.confide.domain.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small, strict JSON reader and writer (RFC 8259), so that the domain can load questionnaires
 * without a library. Values are {@code Map<String, Object>} (in document order), {@code
 * List<Object>}, {@code String}, {@code BigDecimal}, {@code Boolean} and {@link Null#NULL}. It
 * refuses duplicate field names, trailing text, nesting deeper than {@value #MAX_DEPTH}, numbers
 * longer than {@value #MAX_NUMBER} characters, unpaired surrogates, and input over {@value
 * #MAX_INPUT} characters.
 */
final class Json {

  static final int MAX_INPUT = 1 << 20;
  static final int MAX_DEPTH = 32;
  static final int MAX_NUMBER = 100;

  /** JSON's {@code null}, so that parsed values never hold a Java null. */
  enum Null {
    NULL
  }

  /** What reading a document came to. */
  sealed interface Result {}

  /** The document's value. */
  record Value(Object value) implements Result {
    Value {
      Objects.requireNonNull(value, "value must not be null");
    }
  }

  /** Why the document is not JSON, with the line and column where reading stopped. */
  record Malformed(String problem) implements Result {
    Malformed {
      Objects.requireNonNull(problem, "problem must not be null");
    }
  }

  // Unwinds the recursive descent to parse(); never leaves this class.
  private static final class Stop extends RuntimeException {
    Stop(String message) {
      super(message, null, false, false);
    }
  }

  private final String text;
  private int pos;
  private int depth;

  private Json(String text) {
    this.text = text;
  }

  static Result parse(String text) {
    Objects.requireNonNull(text, "json must not be null");
    if (text.length() > MAX_INPUT) {
      return new Malformed("the document is longer than " + MAX_INPUT + " characters");
    }
    var reader = new Json(text);
    try {
      // A byte-order mark is what some editors put first; RFC 8259 lets a reader skip it.
      if (text.startsWith("\uFEFF")) {
        reader.pos = 1;
      }
      reader.skipWhitespace();
      if (reader.atEnd()) {
        throw reader.stop("the document is empty");
      }
      var value = reader.value();
      reader.skipWhitespace();
      if (!reader.atEnd()) {
        throw reader.stop("unexpected text after the end of the document");
      }
      return new Value(value);
    } catch (Stop stop) {
      return new Malformed(stop.getMessage());
    }
  }

  private Object value() {
    if (atEnd()) {
      throw stop("the document ends where a value should be");
    }
    return switch (text.charAt(pos)) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", Null.NULL);
      case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number();
      default -> throw stop("expected a value");
    };
  }

  private Map<String, Object> object() {
    enter();
    var fields = new LinkedHashMap<String, Object>();
    skipWhitespace();
    if (!take('}')) {
      do {
        skipWhitespace();
        if (atEnd() || text.charAt(pos) != '"') {
          throw stop("expected a field name in double quotes");
        }
        int at = pos;
        var name = string();
        if (fields.containsKey(name)) {
          pos = at;
          throw stop("the field \"" + name + "\" appears twice");
        }
        skipWhitespace();
        expect(':');
        skipWhitespace();
        fields.put(name, value());
        skipWhitespace();
      } while (take(','));
      expect('}');
    }
    depth--;
    return Collections.unmodifiableMap(fields);
  }

  private List<Object> array() {
    enter();
    var items = new ArrayList<Object>();
    skipWhitespace();
    if (!take(']')) {
      do {
        skipWhitespace();
        items.add(value());
        skipWhitespace();
      } while (take(','));
      expect(']');
    }
    depth--;
    return Collections.unmodifiableList(items);
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw stop("nesting is deeper than " + MAX_DEPTH + " levels");
    }
    pos++;
  }

  private String string() {
    int start = pos++;
    var out = new StringBuilder();
    while (true) {
      if (atEnd()) {
        pos = start;
        throw stop("a string is not closed");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        break;
      } else if (c == '\\') {
        out.append(escape());
      } else if (c < 0x20) {
        pos--;
        throw stop("a control character must be escaped inside a string");
      } else {
        out.append(c);
      }
    }
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < out.length()
          && Character.isLowSurrogate(out.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        pos = start;
        throw stop("a string holds half of a surrogate pair");
      }
    }
    return out.toString();
  }

  private char escape() {
    if (atEnd()) {
      throw stop("a string is not closed");
    }
    char c = text.charAt(pos++);
    return switch (c) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicode();
      default -> {
        pos -= 2;
        throw stop("unknown escape \\" + c);
      }
    };
  }

  private char unicode() {
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = atEnd() ? -1 : hexDigit(text.charAt(pos));
      if (digit < 0) {
        throw stop("\\u must be followed by four hexadecimal digits");
      }
      code = code * 16 + digit;
      pos++;
    }
    return (char) code;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private BigDecimal number() {
    int start = pos;
    take('-');
    if (!take('0')) {
      digits("expected a digit");
    }
    if (take('.')) {
      digits("expected a digit after the decimal point");
    }
    if (take('e') || take('E')) {
      if (!take('+')) {
        take('-');
      }
      digits("expected a digit in the exponent");
    }
    if (pos - start > MAX_NUMBER) {
      pos = start;
      throw stop("a number is longer than " + MAX_NUMBER + " characters");
    }
    try {
      return new BigDecimal(text.substring(start, pos));
    } catch (NumberFormatException e) {
      pos = start;
      throw stop("a number is out of range");
    }
  }

  private void digits(String problem) {
    if (atEnd() || !isDigit(text.charAt(pos))) {
      throw stop(problem);
    }
    while (!atEnd() && isDigit(text.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw stop("expected a value");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) {
    if (!take(c)) {
      throw stop("expected '" + c + "'");
    }
  }

  private boolean take(char c) {
    if (!atEnd() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void skipWhitespace() {
    while (!atEnd()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private Stop stop(String problem) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Stop("line " + line + ", column " + (pos - lineStart + 1) + ": " + problem);
  }

  /** The value as indented JSON text; the inverse of {@link #parse}. */
  static String write(Object value) {
    var out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    switch (value) {
      case Map<?, ?> map when map.isEmpty() -> out.append("{}");
      case Map<?, ?> map -> {
        out.append("{\n");
        var inner = indent + "  ";
        var first = true;
        for (var entry : map.entrySet()) {
          out.append(first ? "" : ",\n").append(inner);
          quote((String) entry.getKey(), out);
          out.append(": ");
          write(entry.getValue(), out, inner);
          first = false;
        }
        out.append('\n').append(indent).append('}');
      }
      case List<?> list when list.isEmpty() -> out.append("[]");
      case List<?> list -> {
        out.append("[\n");
        var inner = indent + "  ";
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ",\n").append(inner);
          write(list.get(i), out, inner);
        }
        out.append('\n').append(indent).append(']');
      }
      case String string -> quote(string, out);
      case BigDecimal number -> out.append(number);
      case Integer number -> out.append(number);
      case Long number -> out.append(number);
      case Boolean bool -> out.append(bool);
      case Null nothing -> out.append("null");
      default ->
          throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void quote(String string, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // U+2028 and U+2029 are escaped too: they end a line in JavaScript source.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
