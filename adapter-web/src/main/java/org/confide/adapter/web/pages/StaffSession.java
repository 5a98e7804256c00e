package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.adapter.web.pages.view.StaffNav;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadSetUpUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffSessionDenial;
import org.confide.domain.settings.SetUp;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.Role;

/**
 * Who is signed in on a staff page: the session in the staff cookie, while it is live, with the
 * navigation its holder's roles open. A browser without one is sent to sign in, or to set up
 * two-factor sign-in when its session is good for nothing else until then.
 */
final class StaffSession {

  private final Pages pages;
  private final IdentifyStaffUseCase identify;
  private final ReadSetUpUseCase readSetUp;

  StaffSession(Confide confide, Pages pages) {
    this.pages = pages;
    this.identify = confide.identifyStaff();
    this.readSetUp = confide.readSetUp();
  }

  /** The signed-in staff member and their token; empty (and sent to sign in) when there is none. */
  record Signed(SessionToken token, StaffIdentity who, StaffNav nav) {}

  Optional<Signed> signedIn(Context ctx) {
    var token = pages.session(ctx, Pages.STAFF_COOKIE);
    if (token.isEmpty()) {
      pages.endSession(ctx, Pages.STAFF_COOKIE);
      Pages.seeOther(ctx, "/staff/sign-in");
      return Optional.empty();
    }
    switch (identify.identify(token.get())) {
      case Outcome.Done<StaffIdentity, StaffSessionDenial>(var who) -> {
        return Optional.of(new Signed(token.get(), who, nav(who)));
      }
      case Outcome.Failed<StaffIdentity, StaffSessionDenial>(Failure.TwoFactorFirst first) -> {
        // Signed in, but good for nothing else until two-factor sign-in is set up.
        Pages.seeOther(ctx, "/staff/two-factor");
        return Optional.empty();
      }
      case Outcome.Failed<StaffIdentity, StaffSessionDenial>(Failure.Unauthenticated none) -> {
        pages.endSession(ctx, Pages.STAFF_COOKIE);
        Pages.seeOther(ctx, "/staff/sign-in?why=expired");
        return Optional.empty();
      }
    }
  }

  /**
   * The frame of a page for {@code signed}, with their navigation; an administrator's pages also
   * show what remains to set up.
   */
  Frame frame(Context ctx, Signed signed) {
    List<Frame.SetUpLine> setUp = List.of();
    if (signed.nav().administers() && ctx.path().startsWith("/staff/admin/")) {
      setUp =
          switch (readSetUp.read(signed.token())) {
            case Outcome.Done<SetUp, StaffDenial>(var read) -> SetUpLines.of(read);
            case Outcome.Failed<SetUp, StaffDenial> denied -> List.of();
          };
    }
    return pages.staffFrame(ctx, Optional.of(signed.nav()), setUp);
  }

  static StaffNav nav(StaffIdentity who) {
    return new StaffNav(
        who.displayName(),
        Permission.WORK_CASES.grantedToAny(who.roles()),
        who.roles().contains(Role.SAFEGUARDING_LEAD),
        who.roles().contains(Role.ADMIN),
        Permission.VIEW_TRENDS.grantedToAny(who.roles()),
        Permission.VIEW_ALERTS.grantedToAny(who.roles()),
        Permission.READ_AUDIT_TRAIL.grantedToAny(who.roles()),
        Permission.READ_DASHBOARD.grantedToAny(who.roles()));
  }

  /** The answer for a case or escalation that is not there, or not the holder's to see. */
  void notFound(Context ctx, Frame frame) {
    pages.message(
        ctx,
        404,
        frame,
        frame.t("staff.notFound.title"),
        frame.t("staff.notFound.text"),
        frame.t("staff.notFound.back"),
        frame.href("/staff/cases"));
  }
}
