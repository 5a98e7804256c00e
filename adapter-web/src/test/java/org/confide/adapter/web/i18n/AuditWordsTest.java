package org.confide.adapter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.audit.AuditEventId;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.safeguarding.EscalationStatus;
import org.confide.domain.safeguarding.RiskReason;
import org.confide.domain.shared.Language;
import org.confide.domain.staff.Role;
import org.junit.jupiter.api.Test;

/**
 * The notes of the audit trail as the web adapter says them: every code, and every one of Confide's
 * codes a note can name, has words in every bundle; the English bundle says each note exactly as
 * the domain's English pattern does; Welsh says each in its own words; and a note recorded before
 * notes were coded is said as recorded.
 */
class AuditWordsTest {

  private static final Languages LANGUAGES = Languages.shipped();
  private static final Texts ENGLISH = LANGUAGES.first();
  private static final Texts WELSH = LANGUAGES.of(Language.WELSH).orElseThrow();
  private static final Pattern PLACE = Pattern.compile("\\{(\\d)(,(number|choice)[^}]*)?");
  private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}");

  @Test
  void every_code_and_every_code_a_note_names_has_words_in_every_language() {
    var missing = new ArrayList<String>();
    for (var texts : LANGUAGES.all()) {
      for (var code : AuditDetailCode.values()) {
        try {
          texts.text(AuditWords.key(code));
        } catch (IllegalArgumentException e) {
          missing.add(texts.language() + " " + AuditWords.key(code));
        }
      }
      var named = new ArrayList<Object>();
      named.addAll(List.of(ReportStatus.values()));
      named.addAll(List.of(EscalationStatus.values()));
      named.addAll(List.of(Role.values()));
      named.addAll(List.of(RiskReason.values()));
      named.addAll(List.of(Channel.values()));
      for (var each : named) {
        try {
          AuditWords.of(AuditDetail.of(AuditDetailCode.ESCALATION_STATE, List.of(each)), texts);
        } catch (IllegalArgumentException e) {
          missing.add(texts.language() + " " + each.getClass().getSimpleName() + " " + each);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void the_english_bundle_says_every_code_as_the_domain_does_and_welsh_in_other_words() {
    for (var code : AuditDetailCode.values()) {
      if (code == AuditDetailCode.PAGE) {
        // A page and its language are said by name ("Support for you and a friend (Cymraeg)"),
        // so the words set the language apart as the English record's "support cy" need not.
        assertThat(ENGLISH.text(AuditWords.key(code))).isEqualTo("{0} ({1})");
        continue;
      }
      assertThat(ENGLISH.text(AuditWords.key(code))).as(code.code()).isEqualTo(code.pattern());
      var arguments = samples(code);
      var detail = new AuditDetail(code, arguments);
      assertThat(AuditWords.of(detail, ENGLISH)).as(code.code()).isEqualTo(detail.english());
      // A note of particulars alone ("{0}") is the same in every language but for them.
      if (WORDS.matcher(code.pattern().replaceAll("\\{[^}]*}", "")).find()) {
        assertThat(AuditWords.of(detail, WELSH)).as(code.code()).isNotEqualTo(detail.english());
      }
    }
  }

  @Test
  void a_note_says_confides_own_codes_in_the_readers_words_and_numbers_in_their_forms() {
    var moved =
        AuditDetail.of(AuditDetailCode.STATUS_MOVED, ReportStatus.OPEN, ReportStatus.CLOSED);
    assertThat(AuditWords.of(moved, ENGLISH)).isEqualTo("Open -> Closed");
    assertThat(AuditWords.of(moved, WELSH)).isEqualTo("Ar agor -> Wedi cau");

    var paused = AuditDetail.of(AuditDetailCode.CODES_PAUSED, 3, 2);
    assertThat(AuditWords.of(paused, WELSH))
        .isEqualTo("3 chod anghywir yn olynol; mewngofnodi â chod wedi'i oedi am 2 funud");
    assertThat(AuditWords.of(AuditDetail.of(AuditDetailCode.CODES_PAUSED, 5, 1), WELSH))
        .isEqualTo("5 cod anghywir yn olynol; mewngofnodi â chod wedi'i oedi am funud");

    var automatic =
        AuditDetail.of(
            AuditDetailCode.AUTOMATIC, List.of(RiskReason.UNDER_18, RiskReason.IMMEDIATE_DANGER));
    assertThat(AuditWords.of(automatic, ENGLISH)).isEqualTo("automatic: under 18, in danger now");
    assertThat(AuditWords.of(automatic, WELSH))
        .isEqualTo("yn awtomatig: o dan 18 oed, mewn perygl nawr");

    var roles = AuditDetail.of(AuditDetailCode.ACCOUNT_ROLES, "abc", List.of(Role.ADMIN));
    assertThat(AuditWords.of(roles, WELSH)).isEqualTo("abc Gweinyddwr");

    var taken = AuditDetail.of(AuditDetailCode.ENTERED_TAKEN, Channel.PHONE);
    assertThat(AuditWords.of(taken, WELSH))
        .isEqualTo("Dros y ffôn, wedi'i gymryd gan y cynghorydd");

    assertThat(AuditWords.of(AuditDetail.of(AuditDetailCode.VERSION_IN_PLACE, 4, 3), WELSH))
        .isEqualTo("fersiwn 4 yn lle fersiwn 3");
    assertThat(AuditWords.of(AuditDetail.of(AuditDetailCode.CHAIN_WHOLE, 2), WELSH))
        .isEqualTo("cyfan; 2 ddigwyddiad");
  }

  @Test
  void the_names_a_note_holds_as_codes_are_said_in_words_and_the_english_record_keeps_them() {
    var names = AuditWords.Names.of(LANGUAGES, Optional.empty());
    var page = AuditDetail.of(AuditDetailCode.PAGE, "support", Language.WELSH);
    assertThat(page.english()).isEqualTo("support cy");
    assertThat(AuditWords.of(page, ENGLISH, names))
        .isEqualTo(ENGLISH.text("pages.default.support.title") + " (Cymraeg)");
    assertThat(AuditWords.of(page, WELSH, names)).isEqualTo("Cymorth i chi ac i ffrind (Cymraeg)");
    assertThat(
            AuditWords.of(
                AuditDetail.of(AuditDetailCode.PAGE, "privacy", Language.ENGLISH), WELSH, names))
        .isEqualTo("Hysbysiad preifatrwydd (English)");

    var parts =
        AuditDetail.of(AuditDetailCode.SERVICE_PARTS, List.of("organisationName", "monitoring"));
    assertThat(parts.english()).isEqualTo("organisationName, monitoring");
    assertThat(AuditWords.of(parts, ENGLISH, names))
        .isEqualTo("organisation name, hours messages are read");
    assertThat(AuditWords.of(parts, WELSH, names))
        .isEqualTo("enw'r sefydliad, yr oriau y mae negeseuon yn cael eu darllen");

    var trends =
        AuditDetail.of(
            AuditDetailCode.TRENDS, "2026-01", "2026-03", List.of("type", "reporterRole"));
    assertThat(AuditWords.of(trends, ENGLISH, names))
        .isEqualTo("January 2026..March 2026 by Kind of incident, Reporter's role");
    assertThat(AuditWords.of(trends, WELSH, names))
        .isEqualTo(
            "Ionawr 2026 hyd at Mawrth 2026 yn ôl Math o ddigwyddiad, Rôl y sawl sy'n adrodd");

    var outcome =
        AuditDetail.of(AuditDetailCode.OUTCOME_TAGS, "no-further-action", List.of("online"));
    assertThat(AuditWords.of(outcome, WELSH, names))
        .isEqualTo("canlyniad Dim camau pellach, tagiau online");
    // An organisation's own entry, known from its list, as it words it.
    var own =
        org.confide.domain.outcome.Choices.defaults(org.confide.domain.outcome.ChoiceList.OUTCOMES)
            .replacedBy(
                org.confide.domain.outcome.ChoiceList.OUTCOMES,
                List.of(
                    org.confide.domain.shared.OwnText.Typed.plain("Mediation"),
                    org.confide.domain.shared.OwnText.Typed.plain("No further action")),
                java.util.Set.of());
    var lists =
        new org.confide.application.port.in.ReadClosingChoicesUseCase.ClosingChoices(
            ((org.confide.domain.shared.Checked.Valid<org.confide.domain.outcome.Choices>) own)
                .value(),
            org.confide.domain.outcome.Choices.defaults(
                org.confide.domain.outcome.ChoiceList.TAGS));
    var known = AuditWords.Names.of(LANGUAGES, Optional.of(lists));
    assertThat(AuditWords.of(AuditDetail.of(AuditDetailCode.OUTCOME, "mediation"), WELSH, known))
        .isEqualTo("canlyniad Mediation");
    assertThat(
            AuditWords.of(
                AuditDetail.of(AuditDetailCode.OUTCOME, "no-further-action"), WELSH, known))
        .isEqualTo("canlyniad Dim camau pellach");
    // A key no list holds any more is said as recorded.
    assertThat(AuditWords.of(AuditDetail.of(AuditDetailCode.OUTCOME, "gone"), WELSH, known))
        .isEqualTo("canlyniad gone");
  }

  @Test
  void a_note_recorded_before_notes_were_coded_is_said_as_recorded() {
    var old =
        AuditEvent.of(
            new AuditEventId(new UUID(0, 1)),
            Instant.parse("2026-03-02T09:00:00Z"),
            Actor.system(),
            AuditAction.QUESTIONNAIRE_ADDED,
            "version 3");
    assertThat(AuditWords.coded(old, WELSH)).isEmpty();
    assertThat(AuditWords.of(old, WELSH)).isEqualTo("version 3");

    var coded =
        AuditEvent.coded(
            old.id(),
            old.at(),
            Actor.system(),
            AuditAction.QUESTIONNAIRE_ADDED,
            Optional.empty(),
            AuditDetail.of(AuditDetailCode.VERSION, 3));
    assertThat(coded.detail()).isEqualTo("version 3");
    assertThat(AuditWords.of(coded, WELSH)).isEqualTo("fersiwn 3");
  }

  /** Arguments of the kinds the code's English takes: a number where it says one, else a token. */
  private static List<Object> samples(AuditDetailCode code) {
    var places = new ArrayList<Object>();
    var matcher = PLACE.matcher(code.pattern());
    while (matcher.find()) {
      int index = Integer.parseInt(matcher.group(1));
      while (places.size() <= index) {
        places.add("Sample");
      }
      if (matcher.group(2) != null) {
        places.set(index, 1234L + index);
      }
    }
    new MessageFormat(code.pattern());
    return places;
  }
}
