package org.confide.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.testing.AReport;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Takes the README's screenshots of the main pages, when asked: run with {@code
 * -Dconfide.screenshots=<folder>} (see the README). Without it, it is skipped.
 */
class ScreenshotsTest {

  @Test
  @NeedsChromium
  void the_main_pages_as_people_see_them() throws IOException {
    var folder = System.getProperty("confide.screenshots");
    assumeTrue(folder != null && !folder.isBlank(), "screenshots are taken only when asked");
    var out = Files.createDirectories(Path.of(folder));
    try (var server = new PagesServer();
        var b = Browser.withJavaScript()) {
      var fixture = server.fixture;
      b.open(server.url("/"));
      shot(b, out, "1-home");
      b.open(server.url("/report"));
      b.next();
      shot(b, out, "2-report-step-with-error");
      var receipt =
          fixture.submit(Fixture.anonymous("He waits outside my seminar room every Tuesday."));
      fixture
          .confide
          .replyToReporter()
          .reply(
              fixture.adviser,
              new ReplyToReporterUseCase.Command(
                  receipt.reference(), "Thank you for telling us. Can we talk?"));
      ReportWalk.calm().toKeepingInTouch(b, server, "anonymous");
      b.choose("messaging", "yes");
      b.next();
      b.press("button[name='go'][value='send']");
      shot(b, out, "3-access-code");
      b.open(server.url("/sign-in"));
      b.type("code", receipt.accessCode().orElseThrow().display());
      b.press("form[action='/sign-in'] button");
      shot(b, out, "4-my-report");
      fixture.submit(AReport.anonymous().answer("immediate-danger", "yes").build());
      b.open(server.url("/staff/sign-in"));
      b.type("email", "lead@example.ac.uk");
      b.type("password", Fixture.PASSWORD);
      b.press("form[action='/staff/sign-in'] button");
      shot(b, out, "5-staff-cases");
      b.open(server.url("/staff/cases/" + receipt.reference().display()));
      shot(b, out, "6-staff-case");
      b.open(server.url("/staff/escalations"));
      b.press("a[href^='/staff/escalations/']");
      shot(b, out, "7-escalation-decision");
      b.press("button.site-signout");
      var settings = fixture.ports.settings();
      settings.save(settings.current().withStaffTwoFactorRequired(true));
      b.open(server.url("/staff/sign-in"));
      b.type("email", "analyst@example.ac.uk");
      b.type("password", Fixture.PASSWORD);
      b.press("form[action='/staff/sign-in'] button");
      shot(b, out, "8-two-factor-set-up");
    }
    try (var files = Files.list(out)) {
      assertThat(files.filter(p -> p.toString().endsWith(".png")).count())
          .isGreaterThanOrEqualTo(8);
    }
  }

  private static void shot(Browser b, Path folder, String name) throws IOException {
    var height =
        ((Number)
                ((org.openqa.selenium.JavascriptExecutor) b.driver)
                    .executeScript("return document.documentElement.scrollHeight"))
            .intValue();
    b.driver
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(1100, Math.min(height, 1800)));
    var png = ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.BYTES);
    Files.write(folder.resolve(name + ".png"), png);
  }
}
