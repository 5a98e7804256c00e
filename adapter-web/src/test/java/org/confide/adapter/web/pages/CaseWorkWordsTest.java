package org.confide.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Terms;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ProblemCode;
import org.junit.jupiter.api.Test;

/**
 * The words the case-work pages build from the model in each language: every status, state,
 * channel, dimension and audit action has a name in both bundles (a missing one would fail the
 * page), and numbers of working days, dates and problems follow the language.
 */
class CaseWorkWordsTest {

  private static final Languages LANGUAGES = Languages.shipped();
  private static final Texts ENGLISH = LANGUAGES.first();
  private static final Texts WELSH = LANGUAGES.of(new Language("cy")).orElseThrow();

  @Test
  void every_status_state_channel_dimension_and_audit_action_has_a_name_in_every_language() {
    for (var texts : LANGUAGES.all()) {
      for (var status : ReportStatus.values()) {
        assertThat(StaffWords.status(status, texts)).isNotBlank();
      }
      for (var state : EscalationStatus.values()) {
        assertThat(StaffWords.escalation(state, texts)).isNotBlank();
      }
      for (var channel : Channel.values()) {
        assertThat(StaffWords.enteredBy(channel, texts)).isNotBlank();
      }
      for (var dimension : TrendDimension.values()) {
        assertThat(Terms.dimension(dimension, texts)).isNotBlank();
        // The chart of a table by one dimension is titled by it too.
        assertThat(texts.text("trends.chart." + dimension.name().toLowerCase(Locale.ROOT)))
            .isNotBlank();
      }
      for (var action : AuditAction.values()) {
        assertThat(texts.text(Terms.auditAction(action.name()))).isNotBlank();
      }
    }
  }

  @Test
  void working_days_take_the_welsh_mutation_after_two() {
    assertThat(WELSH.text("cases.due.overdue", 0)).isEqualTo("yn hwyr heddiw");
    assertThat(WELSH.text("cases.due.overdue", 1)).isEqualTo("1 diwrnod gwaith yn hwyr");
    assertThat(WELSH.text("cases.due.overdue", 2)).isEqualTo("2 ddiwrnod gwaith yn hwyr");
    assertThat(WELSH.text("cases.due.in", 3)).isEqualTo("ymhen 3 diwrnod gwaith");
    assertThat(ENGLISH.text("cases.due.overdue", 2)).isEqualTo("overdue by 2 working days");
    assertThat(ENGLISH.text("cases.due.in", 1)).isEqualTo("in 1 working day");
  }

  @Test
  void dates_counts_and_months_are_written_as_the_language_writes_them() {
    var moment = Instant.parse("2026-12-24T14:05:00Z");
    var london = ZoneId.of("Europe/London");

    assertThat(PageDates.moment(moment, london, WELSH)).isEqualTo("24 Rhagfyr 2026 am 14:05");
    assertThat(PageDates.moment(moment, london, ENGLISH)).isEqualTo("24 December 2026 at 14:05");
    assertThat(Terms.count(new Count.FewerThan(5), WELSH)).isEqualTo("llai na 5");
    assertThat(Terms.count(new Count.NotShown(), ENGLISH)).isEqualTo("not shown");
    assertThat(
            Terms.category(new TrendCategory("2026-03", "March 2026"), TrendDimension.MONTH, WELSH))
        .isEqualTo("Mawrth 2026");
    assertThat(Terms.category(new TrendCategory("named", "Named"), TrendDimension.ANONYMOUS, WELSH))
        .isEqualTo("Wedi'i enwi");
  }

  @Test
  void a_use_case_problem_is_shown_in_the_page_language() {
    var problem = FieldProblem.of("assignee", ProblemCode.ASSIGNEE_NOT_AN_ADDRESS);
    assertThat(FormError.of("assignee", problem, WELSH).message())
        .isEqualTo("Dewiswch gyfeiriad e-bost cynghorydd gweithredol");
    assertThat(FormError.of("assignee", problem, ENGLISH).message())
        .isEqualTo("Choose an active adviser's email address");
  }
}
