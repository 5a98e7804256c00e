package org.confide.adapter.web.i18n;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.confide.application.port.in.ReadDashboardUseCase;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.outcome.ChoiceKey;
import org.confide.domain.outcome.ChoiceList;
import org.confide.domain.outcome.Choices;
import org.confide.domain.questionnaire.DefaultQuestionnaire;
import org.confide.domain.questionnaire.QuestionId;
import org.confide.domain.questionnaire.Words;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;

/**
 * The names the model's terms go by in a language, wherever they are shown: on the pages, and in
 * the tables downloaded as CSV from the pages and the API alike.
 */
public final class Terms {

  private Terms() {}

  /**
   * A trend dimension as a column heading or a choice: "Kind of incident".
   *
   * @param dimension the dimension
   * @param texts the words of the language
   * @return its name
   */
  public static String dimension(TrendDimension dimension, Texts texts) {
    return texts.text("trends.dimension." + dimension.name().toLowerCase(Locale.ROOT));
  }

  /**
   * The message key of an audit action's name: {@code audit.action.status_changed}.
   *
   * @param action the action's constant, as the audit trail stores it: {@code STATUS_CHANGED}
   * @return the key
   */
  public static String auditAction(String action) {
    return "audit.action." + action.toLowerCase(Locale.ROOT);
  }

  /**
   * A count of a table whose small counts are hidden: "12", "fewer than 5", "not shown".
   *
   * @param count the count
   * @param texts the words of the language
   * @return it in words
   */
  public static String count(Count count, Texts texts) {
    return switch (count) {
      case Count.Exact exact -> texts.text("staff.count.exact", exact.value());
      case Count.FewerThan fewer -> hidden(fewer, texts);
      case Count.NotShown notShown -> hidden(notShown, texts);
    };
  }

  /**
   * A count as a table's cell: an exact one as its digits alone (no grouping, so a spreadsheet
   * reads it as a number), a hidden one in words.
   *
   * @param count the count
   * @param texts the words of the language
   * @return the cell
   */
  public static String cell(Count count, Texts texts) {
    return count instanceof Count.Exact exact ? Long.toString(exact.value()) : hidden(count, texts);
  }

  private static String hidden(Count count, Texts texts) {
    return count instanceof Count.FewerThan fewer
        ? texts.text("staff.count.fewerThan", fewer.threshold())
        : texts.text("staff.count.notShown");
  }

  /**
   * A row or column of a trend table by {@code dimension}: a month, "Anonymous", "Not answered" (or
   * for outcomes "No outcome") in the language of {@code texts}; an option of the questionnaire in
   * that language where it is one Confide ships, unchanged (as {@link Languages#translated} gives
   * the questionnaire), else as the organisation words it; an outcome Confide ships, unchanged, in
   * that language ({@link ChoiceWords}), else by its first text, as the organisation words it.
   *
   * @param category the row or column
   * @param dimension the dimension it belongs to
   * @param texts the words of the language
   * @return its name
   */
  public static String category(TrendCategory category, TrendDimension dimension, Texts texts) {
    return shown(category, dimension, texts, texts.language()).text();
  }

  /**
   * A row or column of a trend table by {@code dimension} as a page in the language of {@code
   * texts} shows it (see {@link #category}): an option's or an outcome's label in that language
   * where it is written in it, else as first written, marked with its language.
   *
   * @param category the row or column
   * @param dimension the dimension it belongs to
   * @param texts the words of the page's language
   * @param firstLanguage the first language offered, in which an organisation's plain own words (an
   *     outcome written before languages) are written
   * @return its name, with its {@code lang} when not in the page's language
   */
  public static Shown shown(
      TrendCategory category, TrendDimension dimension, Texts texts, Language firstLanguage) {
    return switch (category.key()) {
      case "anonymous", "named", Tally.NOT_ANSWERED ->
          Shown.inPage(words(category, dimension, texts));
      default ->
          dimension == TrendDimension.MONTH
              ? Shown.inPage(words(category, dimension, texts))
              : shippedOption(category, dimension, texts)
                  .map(Shown::inPage)
                  .orElseGet(() ->
                      category
                          .words()
                          .map(words ->
                              switch (words) {
                                case OwnText own -> Shown.own(own, texts.language(), firstLanguage);
                                case Words asked -> Shown.in(texts.language()).apply(asked);
                                default -> Shown.inPage(words.in(texts.language()));
                              })
                          .orElse(Shown.inPage(category.label())));
    };
  }

  private static String words(TrendCategory category, TrendDimension dimension, Texts texts) {
    return switch (category.key()) {
      case "anonymous" -> texts.text("trends.category.anonymous");
      case "named" -> texts.text("trends.category.named");
      case Tally.NOT_ANSWERED ->
          texts.text(
              dimension.countedAtClosing()
                  ? "trends.category.noOutcome"
                  : "trends.category.notAnswered");
      default ->
          dimension == TrendDimension.MONTH
              ? parsedMonth(category.key()).map(m -> month(m, texts)).orElse(category.label())
              : option(category, dimension, texts);
    };
  }

  private static String option(TrendCategory category, TrendDimension dimension, Texts texts) {
    return shippedOption(category, dimension, texts).orElse(category.label());
  }

  /**
   * An option of the questionnaire, or an outcome, Confide ships, unchanged, in the language of
   * {@code texts}; empty for the organisation's own.
   */
  private static Optional<String> shippedOption(
      TrendCategory category, TrendDimension dimension, Texts texts) {
    var question =
        switch (dimension) {
          case TYPE -> Optional.of(ReportFacts.INCIDENT_TYPE);
          case WHERE -> Optional.of(ReportFacts.WHERE);
          case REPORTER_ROLE -> Optional.of(ReportFacts.REPORTER_ROLE);
          case MONTH, ANONYMOUS, OUTCOME -> Optional.<QuestionId>empty();
        };
    var key = question.map(id -> id.value() + ".option." + category.key());
    if (dimension == TrendDimension.OUTCOME) {
      // A default outcome Confide ships, unchanged, in the reader's language from the bundles.
      return ChoiceKey.read(category.key())
          .filter(k -> Choices.isDefault(ChoiceList.OUTCOMES, k, category.label()))
          .map(k -> ChoiceWords.of(ChoiceList.OUTCOMES, k, category.label(), texts));
    }
    return key.filter(k -> category.label().equals(DefaultQuestionnaire.texts().get(k)))
        .map(k -> texts.questionnaire().get(k));
  }

  /**
   * A month in words: "March 2026", "Mawrth 2026".
   *
   * @param month the month
   * @param texts the words of the language
   * @return it in words
   */
  public static String month(YearMonth month, Texts texts) {
    return DateTimeFormatter.ofPattern(texts.text("format.month"), texts.language().locale())
        .format(month);
  }

  private static Optional<YearMonth> parsedMonth(String key) {
    try {
      return Optional.of(YearMonth.parse(key));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Where an escalation stands, as the dashboard names it: "Raised, not yet acknowledged".
   *
   * @param state the state
   * @param texts the words of the language
   * @return it in words
   */
  public static String escalationState(EscalationStatus state, Texts texts) {
    return texts.text("dashboard.state." + state.name().toLowerCase(Locale.ROOT));
  }

  /**
   * A workload line's name: a team's or an adviser's as they are named; "No team", "Not assigned".
   *
   * @param load the line
   * @param texts the words of the language
   * @return its name
   */
  public static String load(ReadDashboardUseCase.Load load, Texts texts) {
    return switch (load.key()) {
      case ReadDashboardUseCase.Load.NO_TEAM -> texts.text("dashboard.noTeam");
      case ReadDashboardUseCase.Load.QUEUE -> texts.text("dashboard.notAssigned");
      default -> load.name();
    };
  }
}
