package org.confide.adapter.web.api;

import io.javalin.http.Context;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffSessionDenial;
import org.confide.domain.staff.Permission;

/**
 * Whether a staff token's holder may do a thing at all, asked before a request's body is read: a
 * caller who may not learns only that (401, 403, or 409 while two-factor sign-in is still being set
 * up), as the use case itself would answer, and not whether their body was well formed. The use
 * case checks again, with what it acts on (a case they need to know).
 */
final class StaffRoles {

  private final IdentifyStaffUseCase identify;
  private final Responses responses;

  StaffRoles(Confide confide, Responses responses) {
    this.identify = confide.identifyStaff();
    this.responses = responses;
  }

  /** True when {@code token}'s holder has {@code permission}; otherwise answers and is false. */
  boolean allow(Context ctx, SessionToken token, Permission permission) {
    switch (identify.identify(token)) {
      case Outcome.Done<StaffIdentity, StaffSessionDenial>(var who) -> {
        if (permission.grantedToAny(who.roles())) {
          return true;
        }
        responses.fail(ctx, new Failure.Forbidden());
        return false;
      }
      case Outcome.Failed<StaffIdentity, StaffSessionDenial>(var denied) -> {
        responses.fail(ctx, denied);
        return false;
      }
    }
  }
}
