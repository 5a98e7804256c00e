package org.confide.adapter.web.i18n;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadClosingChoicesUseCase;
import org.confide.application.port.in.ReadClosingChoicesUseCase.ClosingChoices;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.content.PageKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.safeguarding.RiskReason;
import org.confide.domain.shared.Language;
import org.confide.domain.staff.Role;

/**
 * The one way the web adapter says an audit event's note, for the page, the CSV and the API alike:
 * by its {@link AuditDetailCode}, from the bundles ({@code audit.detail.<code>}), in a language.
 * Its arguments are said too: numbers by the language's own patterns, ids, dates and versions as
 * they are, a language by its own name ("Cymraeg", as its link reads), and Confide's own codes in
 * the language's words (a case's status as the case lists say it, an escalation's state, a role as
 * the staff pages say it, a channel as the entry form says it, a safeguarding reason by {@code
 * audit.risk.<name>}), a list of them joined by commas. The tokens a code names as Confide's own
 * are said in words too: a part of the service's settings ({@code audit.part.<name>}), a trend's
 * dimensions and months as the trends page names them, a page by its default title, and an outcome
 * or tag by its words as the case page shows them ({@link ChoiceWords}). What is stored, and the
 * English {@code detail} a program reads, stay the codes. A note that is not coded (recorded before
 * notes were coded) is said as recorded, in English.
 */
public final class AuditWords {

  private AuditWords() {}

  /**
   * The note of {@code event} in the words of {@code texts}, if it is coded.
   *
   * @param event an audit event
   * @param texts the words of a language
   * @return the note in those words; empty if the note is not coded, and so only in English
   */
  public static Optional<String> coded(AuditEvent event, Texts texts) {
    return event.coded().map(detail -> of(detail, texts));
  }

  /**
   * The note of {@code event} in the words of {@code texts}, or as recorded if it is not coded.
   *
   * @param event an audit event
   * @param texts the words of a language
   * @return the note
   */
  public static String of(AuditEvent event, Texts texts) {
    return coded(event, texts).orElse(event.detail());
  }

  /**
   * The coded note {@code detail} in the words of {@code texts}, naming what {@code names} knows.
   *
   * @param detail a coded note
   * @param texts the words of a language
   * @param names the languages offered and the lists of outcomes and tags, as the reader may read
   *     them
   * @return the sentence
   */
  public static String of(AuditDetail detail, Texts texts, Names names) {
    var key = key(detail.code());
    if (detail.arguments().isEmpty()) {
      return texts.text(key);
    }
    return texts.text(key, arguments(detail, texts, names, AuditWords::plain));
  }

  /**
   * The note of {@code event} as HTML for the audit page: {@link #of(AuditEvent, Texts, Names)}
   * escaped, with each name written in another language than the reader's (an organisation's own
   * label, a language's own name) inside {@code <span lang>}; a note recorded before notes were
   * coded is escaped as recorded, and the page marks it English.
   *
   * @param event an audit event
   * @param texts the words of a language
   * @param names what the reader may know of the languages and lists
   * @return the note as safe HTML
   */
  public static String html(AuditEvent event, Texts texts, Names names) {
    return event
        .coded()
        .map(detail ->
            texts.marked(key(detail.code()), arguments(detail, texts, names, AuditWords::markup)))
        .orElseGet(() -> Shown.inPage(event.detail()).html());
  }

  /**
   * The arguments of {@code detail} in words, each made ready for its sentence by {@code finish}
   * ({@link #plain} or {@link #markup}).
   */
  private static Object[] arguments(
      AuditDetail detail, Texts texts, Names names, Function<Object, Object> finish) {
    var arguments = detail.arguments();
    var said = new Object[arguments.size()];
    for (int i = 0; i < said.length; i++) {
      said[i] = finish.apply(said(detail.code(), i, arguments.get(i), texts, names));
    }
    return said;
  }

  /** An argument said for a plain sentence: a name's text, a list's joined. */
  private static Object plain(Object said) {
    return switch (said) {
      case Shown shown -> shown.text();
      case List<?> list ->
          list.stream().map(each -> plain(each).toString()).collect(Collectors.joining(", "));
      default -> said;
    };
  }

  /** An argument said for {@link Texts#marked}: a name as it is, a list as safe HTML joined. */
  private static Object markup(Object said) {
    return switch (said) {
      case List<?> list ->
          new Texts.Markup(
              list.stream()
                  .map(each ->
                      each instanceof Shown shown
                          ? shown.html()
                          : Shown.inPage(plain(each).toString()).html())
                  .collect(Collectors.joining(", ")));
      default -> said;
    };
  }

  /**
   * The coded note {@code detail} in the words of {@code texts}, knowing no list of the
   * organisation's: an outcome Confide ships is said in the language, any other by its key.
   *
   * @param detail a coded note
   * @param texts the words of a language
   * @return the sentence
   */
  public static String of(AuditDetail detail, Texts texts) {
    return of(detail, texts, Names.of(texts));
  }

  /**
   * The note of {@code event} in the words of {@code texts}, or as recorded if it is not coded.
   *
   * @param event an audit event
   * @param texts the words of a language
   * @param names what the reader may know of the languages and lists
   * @return the note
   */
  public static String of(AuditEvent event, Texts texts, Names names) {
    return event.coded().map(detail -> of(detail, texts, names)).orElse(event.detail());
  }

  /**
   * Says the token {@code argument} at {@code place} of a note {@code code} in words: a name as
   * {@link Shown}, a list of tokens as a list of them.
   */
  private static Object said(
      AuditDetailCode code, int place, Object argument, Texts texts, Names names) {
    Function<String, Object> token =
        switch (code) {
          case SERVICE_PARTS ->
              part ->
                  texts.keys().contains("audit.part." + part)
                      ? texts.text("audit.part." + part)
                      : part;
          case TRENDS -> place == 2 ? dimension(texts) : month(texts);
          case RANGE -> month(texts);
          case OUTCOME -> outcome(ChoiceList.OUTCOMES, texts, names);
          case OUTCOME_TAGS ->
              outcome(place == 0 ? ChoiceList.OUTCOMES : ChoiceList.TAGS, texts, names);
          case NO_OUTCOME_TAGS -> outcome(ChoiceList.TAGS, texts, names);
          case PAGE -> slug -> PageKey.read(slug).<Object>map(texts::defaultTitle).orElse(slug);
          default -> AuditWords::same;
        };
    return said(argument, texts, names, token);
  }

  private static Object same(String token) {
    return token;
  }

  private static Function<String, Object> dimension(Texts texts) {
    return parameter ->
        TrendDimension.parse(parameter)
            .<Object>map(dimension -> Terms.dimension(dimension, texts))
            .orElse(parameter);
  }

  private static Function<String, Object> month(Texts texts) {
    return token -> {
      try {
        return Terms.month(YearMonth.parse(token), texts);
      } catch (DateTimeParseException e) {
        return token;
      }
    };
  }

  private static Function<String, Object> outcome(ChoiceList list, Texts texts, Names names) {
    return key ->
        ChoiceWords.named(
            list,
            key,
            list == ChoiceList.OUTCOMES ? names.outcomes() : names.tags(),
            texts,
            names.first());
  }

  private static Object said(
      Object argument, Texts texts, Names names, Function<String, Object> token) {
    return switch (argument) {
      case Long number -> number;
      case String each -> token.apply(each);
      // A language's own name is in that language ("Cymraeg" on an English page).
      case Language language ->
          names
              .language()
              .apply(language)
              .map(name -> new Shown(name, Shown.langUnless(language, texts.language())))
              .orElseGet(() -> Shown.inPage(language.tag()));
      case ReportStatus status -> texts.text("staff.status." + lower(status));
      case EscalationStatus status -> texts.text("staff.escalation." + lower(status));
      case Role role -> texts.text("admin.role." + role.name());
      case Channel channel -> texts.text("entry.channel." + lower(channel));
      case RiskReason reason -> texts.text("audit.risk." + lower(reason));
      case List<?> list -> list.stream().map(each -> said(each, texts, names, token)).toList();
      default -> argument.toString();
    };
  }

  /**
   * What a reader of the audit trail may be told of the names its notes hold by code.
   *
   * @param language each language's own name ("Cymraeg"), for one offered
   * @param first the first language offered, which a plain label is written in
   * @param outcomes the list of outcomes in force, if the reader may read it
   * @param tags the list of tags in force, if the reader may read it
   */
  public record Names(
      Function<Language, Optional<String>> language,
      Language first,
      Optional<Choices> outcomes,
      Optional<Choices> tags) {

    /**
     * What a reader may be told, given the languages offered and the lists as they may read them.
     *
     * @param languages the languages offered
     * @param lists the lists of outcomes and tags, empty when the reader may not read them
     * @return the names
     */
    public static Names of(Languages languages, Optional<ClosingChoices> lists) {
      return new Names(
          language -> languages.of(language).map(Texts::name),
          languages.first().language(),
          lists.map(ClosingChoices::outcomes),
          lists.map(ClosingChoices::tags));
    }

    /**
     * What the staff member of {@code session} may be told: the lists too if they may read them.
     *
     * @param languages the languages offered
     * @param lists the use case that reads the lists
     * @param session the reader's session
     * @return the names
     */
    public static Names of(
        Languages languages, ReadClosingChoicesUseCase lists, SessionToken session) {
      return of(
          languages,
          lists.read(session) instanceof Outcome.Done<ClosingChoices, StaffDenial>(var read)
              ? Optional.of(read)
              : Optional.empty());
    }

    /** Knowing only the one language {@code texts} is the words of, and no list. */
    static Names of(Texts texts) {
      return new Names(
          language ->
              language.equals(texts.language()) ? Optional.of(texts.name()) : Optional.empty(),
          texts.language(),
          Optional.empty(),
          Optional.empty());
    }
  }

  private static String lower(Enum<?> named) {
    return named.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The message that says {@code code}.
   *
   * @param code a kind of note
   * @return {@code audit.detail.<code>}
   */
  public static String key(AuditDetailCode code) {
    return "audit.detail." + code.code();
  }
}
