package org.confide.adapter.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.SuppressionThreshold;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendCsvTest {

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
    var table =
        new TrendTable(
            List.of(TrendDimension.TYPE, TrendDimension.ANONYMOUS),
            SuppressionThreshold.standard(),
            List.of(new TrendCategory("harassment", "=Harassment")),
            List.of(
                new TrendCategory("anonymous", "Anonymous"), new TrendCategory("named", "Named")),
            List.of(List.of(new Count.Exact(7), new Count.FewerThan(5))),
            List.of(new Count.NotShown()),
            List.of(new Count.Exact(7), new Count.FewerThan(5)),
            new Count.Exact(9));

    assertThat(TrendCsv.of(table))
        .isEqualTo(
            "type,label,Anonymous,Named,total\r\n"
                + "harassment,\"'=Harassment\",7,fewer than 5,not shown\r\n"
                + "total,All reports,7,fewer than 5,9\r\n");
  }
}
