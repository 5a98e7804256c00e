package org.confide.adapter.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.confide.adapter.web.i18n.Languages;
import org.confide.adapter.web.i18n.Texts;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.SuppressionThreshold;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;
import org.confide.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendCsvTest {

  private static final Texts ENGLISH = Languages.shipped().first();
  private static final Texts WELSH =
      Languages.shipped().of(Language.parse("cy").orElseThrow()).orElseThrow();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "=HYPERLINK(\"http://evil\")|~\"'=HYPERLINK(\"\"http://evil\"\")\"~",
        "+1+1|\"'+1+1\"",
        "-2+3|\"'-2+3\"",
        "@SUM(A1)|\"'@SUM(A1)\"",
        "plain words|plain words",
        "a, b|\"a, b\"",
        "say \"hi\"|~\"say \"\"hi\"\"\"~",
      })
  void cells_a_spreadsheet_could_run_are_made_inert(String value, String field) {
    assertThat(TrendCsv.field(value)).isEqualTo(field);
  }

  @Test
  void a_tab_or_carriage_return_at_the_start_is_made_inert_too() {
    assertThat(TrendCsv.field("\t=1")).isEqualTo("\"'\t=1\"");
    assertThat(TrendCsv.field("\r=1")).isEqualTo("\"'\r=1\"");
  }

  @Test
  void a_crossed_table_has_a_column_per_category_and_totals() {
    assertThat(TrendCsv.of(crossed(), ENGLISH))
        .isEqualTo(
            "type,label,Anonymous,Named,total\r\n"
                + "harassment,\"'=Harassment\",7,fewer than 5,not shown\r\n"
                + "total,All reports,7,fewer than 5,9\r\n");
  }

  @Test
  void in_welsh_its_headings_categories_and_hidden_counts_are_welsh_and_its_keys_stay() {
    assertThat(TrendCsv.of(crossed(), WELSH))
        .isEqualTo(
            "type,enw,Dienw,Wedi'i enwi,cyfanswm\r\n"
                + "harassment,\"'=Harassment\",7,llai na 5,heb ei ddangos\r\n"
                + "total,Pob adroddiad,7,llai na 5,9\r\n");
  }

  @Test
  void a_case_closed_with_no_outcome_is_said_so_not_as_an_unanswered_question() {
    var table =
        new TrendTable(
            List.of(TrendDimension.OUTCOME),
            SuppressionThreshold.standard(),
            List.of(new TrendCategory(Tally.NOT_ANSWERED, "No outcome")),
            List.of(),
            List.of(List.of()),
            List.of(new Count.Exact(1200)),
            List.of(),
            new Count.Exact(1200));

    assertThat(TrendCsv.of(table, WELSH))
        .isEqualTo(
            "outcome,enw,adroddiadau\r\n"
                + "(none),Dim canlyniad,1200\r\n"
                + "total,Pob adroddiad,1200\r\n");
  }

  private static TrendTable crossed() {
    return new TrendTable(
        List.of(TrendDimension.TYPE, TrendDimension.ANONYMOUS),
        SuppressionThreshold.standard(),
        List.of(new TrendCategory("harassment", "=Harassment")),
        List.of(new TrendCategory("anonymous", "Anonymous"), new TrendCategory("named", "Named")),
        List.of(List.of(new Count.Exact(7), new Count.FewerThan(5))),
        List.of(new Count.NotShown()),
        List.of(new Count.Exact(7), new Count.FewerThan(5)),
        new Count.Exact(9));
  }
}
