package org.confide.domain.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confide.domain.report.Channel;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.safeguarding.RiskReason;
import org.confide.domain.shared.Language;
import org.confide.domain.staff.Role;

/**
 * The note on an audit event, coded: what kind of note it is and its particulars, from which its
 * English ({@link #english()}, the event's {@link AuditEvent#detail() detail}) is made, and from
 * which an adapter says it in a reader's language.
 *
 * <p>An argument is never free text a person wrote. It is one of:
 *
 * <ul>
 *   <li>a number ({@link Long}; an {@link Integer} is taken as one);
 *   <li>a token ({@link String}): an id, a date, a version, a key, a slug, said as it is in every
 *       language; one to {@value #MAX_TOKEN} characters with no space, control character, {@code |}
 *       or {@code ,};
 *   <li>one of Confide's own codes, said in the reader's words: a {@link ReportStatus}, an {@link
 *       EscalationStatus}, a {@link Role}, a {@link RiskReason}, a {@link Channel} or a {@link
 *       Language};
 *   <li>a non-empty list of tokens, or of one kind of those codes (a member's roles, an
 *       escalation's reasons).
 * </ul>
 *
 * <p>Stored, the arguments are encoded ({@link #encodedArguments()}) as one text: each argument as
 * {@code kind:value}, joined by {@code |}; the kinds are {@code n} (a number, in decimal), {@code
 * t} (a token), and {@code status}, {@code escalation}, {@code role}, {@code risk}, {@code channel}
 * and {@code language} (a code by its name, a channel by its code, a language by its tag); a list
 * is {@code kind*:} and its codes joined by {@code ,}. For example {@code
 * t:3f2a...|role*:ADMIN,ADVISER}.
 *
 * @param code what kind of note
 * @param arguments its particulars, in the order its words name them
 */
public record AuditDetail(AuditDetailCode code, List<Object> arguments) {

  /** The longest token argument accepted, in characters. */
  public static final int MAX_TOKEN = 120;

  private static final Pattern TOKEN = Pattern.compile("[^\\s|,\\p{Cntrl}]{1," + MAX_TOKEN + "}");

  /**
   * A coded note; an {@link Integer} argument is kept as a {@link Long}, a list as an unmodifiable
   * copy.
   *
   * @throws IllegalArgumentException if an argument is not of a kind above
   */
  public AuditDetail {
    Objects.requireNonNull(code, "audit detail code must not be null");
    Objects.requireNonNull(arguments, "audit detail arguments must not be null");
    var kept = new ArrayList<Object>(arguments.size());
    for (var argument : arguments) {
      kept.add(checked(argument));
    }
    arguments = List.copyOf(kept);
  }

  /**
   * A coded note.
   *
   * @param code what kind of note
   * @param arguments its particulars, in the order its words name them
   * @return the note
   * @throws IllegalArgumentException if an argument is not of a kind {@link AuditDetail} takes
   */
  public static AuditDetail of(AuditDetailCode code, Object... arguments) {
    return new AuditDetail(code, List.of(arguments));
  }

  /**
   * The note of a change to a report.
   *
   * @param changed the change
   * @return its note: assigned, unassigned, a status moved, or the reporter's contact details given
   *     or replaced
   */
  public static AuditDetail of(Report.Change.Changed changed) {
    return switch (changed.kind()) {
      case ASSIGNED -> of(AuditDetailCode.ASSIGNED);
      case UNASSIGNED -> of(AuditDetailCode.UNASSIGNED);
      case MOVED -> of(AuditDetailCode.STATUS_MOVED, changed.from(), changed.report().status());
      case NAMED -> of(AuditDetailCode.ANONYMOUS_TO_NAMED);
      case CONTACT_DETAILS_UPDATED -> of(AuditDetailCode.CONTACT_DETAILS_UPDATED);
    };
  }

  /**
   * The note in English, as the event's detail keeps it.
   *
   * @return the sentence
   */
  public String english() {
    return code.english(arguments);
  }

  /**
   * The arguments encoded for storage, as described above.
   *
   * @return the encoding; empty when there are none
   */
  public String encodedArguments() {
    return arguments.stream().map(AuditDetail::encoded).collect(Collectors.joining("|"));
  }

  /**
   * The coded note stored as {@code code} and {@code encodedArguments}: one that cannot be read (a
   * code of no name, an argument of no kind) is read as {@link AuditDetailCode#UNREADABLE}, whose
   * English Confide never writes as a detail, so that the chain finds it changed.
   *
   * @param code the stored code, as {@link AuditDetailCode#code()}
   * @param encodedArguments the stored arguments, as {@link #encodedArguments()}
   * @return the note
   */
  public static AuditDetail decode(String code, String encodedArguments) {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(encodedArguments, "encodedArguments must not be null");
    var named = AuditDetailCode.named(code);
    if (named.isEmpty() || named.get() == AuditDetailCode.UNREADABLE) {
      return of(AuditDetailCode.UNREADABLE);
    }
    try {
      var arguments = new ArrayList<Object>();
      if (!encodedArguments.isEmpty()) {
        for (var part : encodedArguments.split("\\|", -1)) {
          arguments.add(decoded(part));
        }
      }
      return new AuditDetail(named.get(), arguments);
    } catch (IllegalArgumentException e) {
      return of(AuditDetailCode.UNREADABLE);
    }
  }

  /**
   * One argument as the English detail says it: a number as itself (for its pattern to format), a
   * token as written, a code by its name (a channel by its code, a language by its tag), a list of
   * codes as {@code [A, B]} and a list of tokens as {@code a, b}, as the trail said them before
   * notes were coded.
   *
   * @param argument an argument of a kind {@link AuditDetail} takes
   * @return what the English pattern is given for it
   */
  static Object englishOf(Object argument) {
    return switch (argument) {
      case Long number -> number;
      case String token -> token;
      case Channel channel -> channel.code();
      case Language language -> language.tag();
      case Enum<?> named -> named.name();
      case List<?> list when list.getFirst() instanceof String ->
          list.stream().map(String.class::cast).collect(Collectors.joining(", "));
      case List<?> list ->
          list.stream().map(each -> englishOf(each).toString()).toList().toString();
      default -> throw new IllegalArgumentException("not an audit detail argument");
    };
  }

  private static Object checked(Object argument) {
    return switch (argument) {
      case null -> throw new IllegalArgumentException("an audit detail argument must not be null");
      case Integer number -> (long) number;
      case Long number -> number;
      case String token -> {
        if (!TOKEN.matcher(token).matches()) {
          throw new IllegalArgumentException(
              "an audit detail token must be 1 to "
                  + MAX_TOKEN
                  + " characters without spaces, control characters, | or ,");
        }
        yield token;
      }
      case List<?> list -> {
        if (list.isEmpty()) {
          throw new IllegalArgumentException("an audit detail list must not be empty");
        }
        var kind = kind(list.getFirst());
        for (var each : list) {
          if (each instanceof List<?> || !kind(each).equals(kind) || kind.equals("n")) {
            throw new IllegalArgumentException(
                "an audit detail list holds tokens, or Confide's codes of one kind");
          }
          checked(each);
        }
        yield List.copyOf(list);
      }
      default -> {
        kind(argument);
        yield argument;
      }
    };
  }

  private static String kind(Object argument) {
    return switch (argument) {
      case null -> throw new IllegalArgumentException("an audit detail argument must not be null");
      case Long number -> "n";
      case Integer number -> "n";
      case String token -> "t";
      case ReportStatus status -> "status";
      case EscalationStatus status -> "escalation";
      case Role role -> "role";
      case RiskReason reason -> "risk";
      case Channel channel -> "channel";
      case Language language -> "language";
      default ->
          throw new IllegalArgumentException(
              "an audit detail argument is a number, a token or one of Confide's codes, not a "
                  + argument.getClass().getSimpleName());
    };
  }

  private static String encoded(Object argument) {
    if (argument instanceof List<?> list) {
      return kind(list.getFirst())
          + "*:"
          + list.stream().map(AuditDetail::value).collect(Collectors.joining(","));
    }
    return kind(argument) + ":" + value(argument);
  }

  private static String value(Object argument) {
    return switch (argument) {
      case Channel channel -> channel.code();
      case Language language -> language.tag();
      case Enum<?> named -> named.name();
      default -> argument.toString();
    };
  }

  private static Object decoded(String part) {
    int colon = part.indexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("not an encoded audit detail argument");
    }
    var kind = part.substring(0, colon);
    var value = part.substring(colon + 1);
    if (kind.endsWith("*")) {
      var one = kind.substring(0, kind.length() - 1);
      var list = new ArrayList<Object>();
      for (var each : value.split(",", -1)) {
        list.add(one.equals("t") ? checked(each) : code(one, each));
      }
      return list;
    }
    return switch (kind) {
      case "n" -> Long.parseLong(value);
      case "t" -> checked(value);
      default -> code(kind, value);
    };
  }

  private static Object code(String kind, String value) {
    Function<String, Object> read =
        switch (kind) {
          case "status" -> ReportStatus::valueOf;
          case "escalation" -> EscalationStatus::valueOf;
          case "role" -> Role::valueOf;
          case "risk" -> RiskReason::valueOf;
          case "channel" ->
              code ->
                  Channel.read(code)
                      .orElseThrow(() -> new IllegalArgumentException("no such channel"));
          case "language" -> Language::new;
          default -> throw new IllegalArgumentException("no such kind of audit detail argument");
        };
    return read.apply(value);
  }
}
