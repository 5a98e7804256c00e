package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confide.adapter.web.pages.view.EmergencyContactsPage;
import org.confide.adapter.web.pages.view.EmergencyContactsPage.ContactRow;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeEmergencyContactsUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadSettingsUseCase;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.shared.Language;

/**
 * The administrator's page of emergency contacts: the organisation's own, as rows of one form (a
 * blank row is no contact), saved together in one use case. Clearing every row goes back to the
 * national contacts.
 */
public final class EmergencyContactsSettings {

  /** Blank rows offered beyond the contacts set, so that one can be added without JavaScript. */
  private static final int SPARE_ROWS = 2;

  private static final List<String> PARTS = List.of("name", "phone", "url", "note");

  /**
   * One row as typed: the name and note in each language offered.
   *
   * @param index the row's place in the form, from 0
   * @param name the name typed in each language
   * @param phone the phone number as typed
   * @param url the web address as typed
   * @param note the note typed in each language
   */
  private record Typed(
      int index, Map<Language, String> name, String phone, String url, Map<Language, String> note) {

    boolean blank() {
      return OwnWordsForm.blank(name) && OwnWordsForm.blank(note) && (phone + url).isBlank();
    }
  }

  private final Pages pages;
  private final StaffSession session;
  private final ReadSettingsUseCase readSettings;
  private final ChangeEmergencyContactsUseCase changeContacts;
  private final OwnWordsForm ownWords;

  public EmergencyContactsSettings(Confide confide, Pages pages) {
    this.pages = pages;
    this.ownWords = new OwnWordsForm(pages.languages());
    this.session = new StaffSession(confide, pages);
    this.readSettings = confide.readSettings();
    this.changeContacts = confide.changeEmergencyContacts();
  }

  /** {@code GET /staff/admin/emergency-contacts}. */
  public void contacts(Context ctx) {
    session
        .signedIn(ctx)
        .ifPresent(signed -> show(ctx, signed, Administration.notice(ctx), null, List.of(), 200));
  }

  /** {@code POST /staff/admin/emergency-contacts}: every row at once. */
  public void saveContacts(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var rows = new ArrayList<Typed>();
    for (int i = 0; i < EmergencyContacts.MAX; i++) {
      if (ctx.formParam("name-" + i) == null) {
        continue;
      }
      rows.add(
          new Typed(
              i,
              ownWords.read(ctx, "name-" + i),
              field(ctx, "phone-" + i),
              field(ctx, "url-" + i),
              ownWords.read(ctx, "note-" + i)));
    }
    if (PageLanguages.switching(ctx)) {
      // Every row as typed, in the language asked for; nothing checked or saved.
      show(ctx, signed.get(), null, rows, List.of(), 200);
      return;
    }
    // A row left blank is no contact; the rest are checked in the order shown.
    var filled = rows.stream().filter(row -> !row.blank()).toList();
    var entries =
        filled.stream()
            .map(row ->
                new EmergencyContacts.Entry(
                    ownWords.typed(row.name()), row.phone(), row.url(), ownWords.typed(row.note())))
            .toList();
    var outcome =
        changeContacts.change(
            signed.get().token(), new ChangeEmergencyContactsUseCase.Command(entries));
    switch (outcome) {
      case Outcome.Done<EmergencyContacts, StaffRequestFailure> saved ->
          Pages.seeOther(ctx, "/staff/admin/emergency-contacts?done=saved");
      case Outcome.Failed<EmergencyContacts, StaffRequestFailure>(var failure) ->
          Administration.failed(
              pages,
              session,
              ctx,
              signed.get(),
              failure,
              problems ->
                  show(
                      ctx,
                      signed.get(),
                      null,
                      rows,
                      problems.stream()
                          .map(p -> {
                            var anchor = anchorOf(p.field(), filled);
                            return FormError.of(anchor, p, pages.texts(ctx));
                          })
                          .toList(),
                      400));
    }
  }

  private static String field(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }

  /**
   * The field of this page that a problem named {@code contacts[2].phone} belongs to: the row the
   * third filled contact was typed in; {@code contacts[2].note.cy} its Welsh note.
   */
  private String anchorOf(String problem, List<Typed> filled) {
    for (int i = 0; i < filled.size(); i++) {
      var prefix = "contacts[" + i + "].";
      if (problem.startsWith(prefix)) {
        var path = problem.substring(prefix.length());
        var dot = path.indexOf('.');
        var part = dot < 0 ? path : path.substring(0, dot);
        var id = (PARTS.contains(part) ? part : "name") + "-" + filled.get(i).index();
        return dot < 0 ? id : ownWords.anchor(id, path.substring(dot + 1));
      }
    }
    return "name-0";
  }

  private void show(
      Context ctx,
      StaffSession.Signed signed,
      String notice,
      List<Typed> posted,
      List<FormError> errors,
      int status) {
    var frame = session.frame(ctx, signed);
    var read = Administration.settings(pages, ctx, frame, readSettings, signed);
    if (read.isEmpty()) {
      return;
    }
    var settings = read.get();
    var own = settings.emergencyContacts().own();
    var typed = posted != null ? posted : rowsOf(settings.emergencyContacts());
    var rows =
        typed.stream()
            .map(row ->
                new ContactRow(
                    row.index(),
                    ownWords.boxes("name-" + row.index(), row.name()),
                    row.phone(),
                    row.url(),
                    ownWords.boxes("note-" + row.index(), row.note())))
            .toList();
    pages.render(
        ctx,
        status,
        new EmergencyContactsPage(
            frame, notice, errors, rows, !own.isEmpty(), EmergencyContacts.national()));
  }

  private List<Typed> rowsOf(EmergencyContacts contacts) {
    var rows = new ArrayList<Typed>();
    var own = contacts.own();
    for (int i = 0; i < own.size(); i++) {
      var contact = own.get(i);
      rows.add(
          new Typed(
              i,
              ownWords.shown(Optional.of(contact.name())),
              contact.phone().orElse(""),
              contact.url().orElse(""),
              ownWords.shown(contact.note())));
    }
    for (int i = own.size(); i < Math.min(EmergencyContacts.MAX, own.size() + SPARE_ROWS); i++) {
      rows.add(
          new Typed(i, ownWords.shown(Optional.empty()), "", "", ownWords.shown(Optional.empty())));
    }
    return rows;
  }
}
