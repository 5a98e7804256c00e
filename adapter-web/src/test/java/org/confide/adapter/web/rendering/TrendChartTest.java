package org.confide.adapter.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.SuppressionThreshold;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TrendChartTest {

  private static final TrendTable TABLE =
      new TrendTable(
          List.of(TrendDimension.WHERE),
          SuppressionThreshold.standard(),
          List.of(
              new TrendCategory("on-campus", "On campus"),
              new TrendCategory("online", "<script>alert('x')</script> & \"co\""),
              new TrendCategory("off-campus", "Off campus")),
          List.of(),
          List.of(),
          List.of(new Count.Exact(40), new Count.Exact(20), new Count.FewerThan(5)),
          List.of(),
          new Count.Exact(63));

  private static Document parse(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document document, String name) {
    var nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
    var list = new java.util.ArrayList<Element>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  @Test
  void is_well_formed_svg_announced_as_an_image_with_a_title_and_a_description() throws Exception {
    var document = parse(TrendChart.svg(TABLE, "Reports by place, November 2026"));

    var root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby"))
        .isEqualTo("trend-chart-title trend-chart-desc");
    assertThat(elements(document, "title").getFirst().getTextContent())
        .isEqualTo("Reports by place, November 2026");
    assertThat(elements(document, "desc").getFirst().getTextContent())
        .contains("On campus, 40")
        .contains("Off campus, fewer than 5")
        .contains("All reports: 63");
  }

  @Test
  void labels_are_escaped_so_text_never_becomes_markup() throws Exception {
    var svg = TrendChart.svg(TABLE, "A <b>title</b>");
    var document = parse(svg);

    assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
    assertThat(elements(document, "script")).isEmpty();
    assertThat(elements(document, "text"))
        .extracting(Element::getTextContent)
        .contains("<script>alert('x')</script> & \"co\"".substring(0, 29) + "…");
    assertThat(elements(document, "title").getFirst().getTextContent()).isEqualTo("A <b>title</b>");
  }

  @Test
  void bars_are_in_proportion_and_a_suppressed_count_is_a_labelled_stub() throws Exception {
    var document = parse(TrendChart.svg(TABLE, "Reports by place"));

    var bars = elements(document, "rect");
    assertThat(bars).hasSize(3);
    assertThat(bars.get(0).getAttribute("class")).isEqualTo("trend-bar");
    int first = Integer.parseInt(bars.get(0).getAttribute("width"));
    int second = Integer.parseInt(bars.get(1).getAttribute("width"));
    assertThat(second * 2).isBetween(first - 1, first + 1);
    assertThat(bars.get(2).getAttribute("class")).isEqualTo("trend-bar-suppressed");
    assertThat(bars.get(2).getAttribute("fill")).isEqualTo("url(#trend-chart-hatch)");
    assertThat(elements(document, "text"))
        .extracting(Element::getTextContent)
        .contains("40", "20", "fewer than 5");
  }

  @Test
  void uses_no_inline_style_that_a_strict_content_security_policy_would_block() {
    var svg = TrendChart.svg(TABLE, "Reports by place");

    assertThat(svg)
        .doesNotContain("style=")
        .doesNotContain("<style")
        .doesNotContainPattern("\\son[a-z]+=");
  }

  @Test
  void several_charts_on_one_page_have_ids_of_their_own() throws Exception {
    var document = parse(TrendChart.svg(TABLE, "By place", "by-place"));

    assertThat(document.getDocumentElement().getAttribute("aria-labelledby"))
        .isEqualTo("by-place-title by-place-desc");
    assertThat(elements(document, "rect").get(2).getAttribute("fill"))
        .isEqualTo("url(#by-place-hatch)");
    assertThatThrownBy(() -> TrendChart.svg(TABLE, "x", "\"><script>"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_crossed_table_is_no_chart() {
    var crossed =
        new TrendTable(
            List.of(TrendDimension.WHERE, TrendDimension.ANONYMOUS),
            SuppressionThreshold.standard(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            new Count.Exact(0));

    assertThatThrownBy(() -> TrendChart.svg(crossed, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
