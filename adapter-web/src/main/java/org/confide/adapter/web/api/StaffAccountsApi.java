package org.confide.adapter.web.api;

import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.confide.adapter.web.EnumNames;
import org.confide.adapter.web.Json;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.RequestProblems;
import org.confide.adapter.web.Responses;
import org.confide.application.Confide;
import org.confide.application.port.in.ChangeOwnPasswordUseCase;
import org.confide.application.port.in.ChangeStaffUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase;
import org.confide.application.port.in.IdentifyStaffUseCase.StaffIdentity;
import org.confide.application.port.in.ListStaffUseCase;
import org.confide.application.port.in.ListStaffUseCase.StaffAccount;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReplaceRecoveryCodesUseCase;
import org.confide.application.port.in.StaffSessionDenial;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.Role;

/**
 * The staff accounts over the API: the list, and changing one (name, roles, active); and a member's
 * own password.
 */
public final class StaffAccountsApi {

  private final ListStaffUseCase listStaff;
  private final ChangeStaffUseCase changeStaff;
  private final ChangeOwnPasswordUseCase changeOwnPassword;
  private final ReplaceRecoveryCodesUseCase replaceRecoveryCodes;
  private final IdentifyStaffUseCase identifyStaff;
  private final Json json;
  private final Responses responses;
  private final StaffRoles roles;

  public StaffAccountsApi(Confide confide, Json json, Responses responses) {
    this.listStaff = confide.listStaff();
    this.changeStaff = confide.changeStaff();
    this.changeOwnPassword = confide.changeOwnPassword();
    this.replaceRecoveryCodes = confide.replaceRecoveryCodes();
    this.identifyStaff = confide.identifyStaff();
    this.json = json;
    this.responses = responses;
    this.roles = new StaffRoles(confide, responses);
  }

  /** {@code GET /api/v1/admin/staff}: every account, active or not. */
  public void staff(Context ctx) {
    responses.send(
        ctx,
        listStaff.list(Bearer.token(ctx)),
        200,
        accounts -> new StaffListResponse(accounts.stream().map(AccountResponse::of).toList()));
  }

  /** {@code PUT /api/v1/admin/staff/{id}}: a new name, roles and state for one account. */
  public void changeStaff(Context ctx) {
    var token = Bearer.token(ctx);
    if (!roles.allow(ctx, token, Permission.MANAGE_STAFF)) {
      return;
    }
    var id = PathIds.staff(ctx);
    var request = json.read(ctx, ChangeRequest.class);
    var required = RequestProblems.of(request);
    var chosen = EnumSet.noneOf(Role.class);
    var names = request.roles();
    if (names != null) {
      for (int i = 0; i < names.size(); i++) {
        var role = EnumNames.named(Role.class, String.valueOf(names.get(i)));
        if (role.isPresent()) {
          chosen.add(role.get());
        } else {
          required.problem(
              "roles[" + i + "]", ProblemCode.ONE_OF, "ADVISER, SAFEGUARDING_LEAD, ANALYST, ADMIN");
        }
      }
    }
    required.check();
    Boolean active = request.active();
    responses.sendNoContent(
        ctx,
        changeStaff.change(
            token, new ChangeStaffUseCase.Command(id, request.displayName(), chosen, active)));
  }

  /**
   * {@code PUT /api/v1/staff/password}: the member's own password, the current one proved; their
   * other sessions end.
   */
  public void changeOwnPassword(Context ctx) {
    if (!signedIn(ctx)) {
      return;
    }
    var request = json.read(ctx, PasswordRequest.class);
    RequestProblems.of(request).check();
    responses.sendNoContent(
        ctx,
        changeOwnPassword.change(
            Bearer.token(ctx),
            new ChangeOwnPasswordUseCase.Command(
                request.currentPassword().toCharArray(), request.newPassword().toCharArray())));
  }

  /**
   * {@code POST /api/v1/staff/two-factor/recovery-codes}: new recovery codes for a fresh code from
   * the app; the old ones stop working.
   */
  public void replaceRecoveryCodes(Context ctx) {
    if (!signedIn(ctx)) {
      return;
    }
    var request = json.read(ctx, AppCodeRequest.class);
    RequestProblems.of(request).check();
    responses.send(
        ctx,
        replaceRecoveryCodes.replace(
            Bearer.token(ctx), new ReplaceRecoveryCodesUseCase.Command(request.code())),
        200,
        RecoveryCodesResponse::new);
  }

  /** The body of {@code POST /api/v1/staff/two-factor/recovery-codes}. */
  record AppCodeRequest(@NotNull String code) {
    @Override
    public String toString() {
      return "AppCodeRequest[hidden]";
    }
  }

  /** The new recovery codes, shown this once. */
  record RecoveryCodesResponse(List<String> recoveryCodes) {
    @Override
    public String toString() {
      return "RecoveryCodesResponse[hidden]";
    }
  }

  /**
   * Whether the request holds a live staff session, asked before its body is read; if not, the
   * refusal is sent.
   */
  private boolean signedIn(Context ctx) {
    return switch (identifyStaff.identify(Bearer.token(ctx))) {
      case Outcome.Done<StaffIdentity, StaffSessionDenial> who -> true;
      case Outcome.Failed<StaffIdentity, StaffSessionDenial>(var denied) -> {
        responses.fail(ctx, denied);
        yield false;
      }
    };
  }

  /** The body of {@code PUT /api/v1/staff/password}. */
  record PasswordRequest(@NotNull String currentPassword, @NotNull String newPassword) {
    @Override
    public String toString() {
      return "PasswordRequest[hidden]";
    }
  }

  /** The body of {@code PUT /api/v1/admin/staff/{id}}. */
  record ChangeRequest(
      @NotNull String displayName, @NotNull List<String> roles, @NotNull Boolean active) {}

  /** Every account. */
  record StaffListResponse(List<AccountResponse> staff) {}

  /** One account. */
  record AccountResponse(
      String id,
      String email,
      String displayName,
      List<String> roles,
      boolean active,
      boolean twoFactorSetUp,
      String lastSignIn) {
    static AccountResponse of(StaffAccount account) {
      return new AccountResponse(
          account.id().toString(),
          account.email(),
          account.displayName(),
          account.roles().stream().sorted().map(Role::name).toList(),
          account.active(),
          account.twoFactorSetUp(),
          account.lastSignIn().map(Instant::toString).orElse(null));
    }
  }
}
