package org.confide.adapter.web.pages.view;

/**
 * A whole page as its template shows it: each jte template takes one record of this type, built by
 * a page controller, with the frame every page shares.
 */
public sealed interface Page
    permits AlertPage,
        AuditTrailPage,
        AlertsPage,
        CalendarPage,
        CasePage,
        ChoicePage,
        CasesPage,
        CodeSignInPage,
        ContactPage,
        EmergencyContactsPage,
        EnterReportPage,
        ErasePage,
        EscalationPage,
        EscalationsPage,
        HomePage,
        InformationPage,
        MessagePage,
        MyReportPage,
        PageEditorPage,
        PagesListPage,
        ProviderCodePage,
        QuestionEditPage,
        QuestionnaireChangesPage,
        PasswordPage,
        PasswordResetIssuedPage,
        SetPasswordPage,
        SessionsPage,
        NotificationsPage,
        QuestionnairePage,
        QuestionnairePreviewPage,
        ReceiptPage,
        RecoveryCodesPage,
        ReviewPage,
        RoutingPage,
        SavedPage,
        ServicePage,
        SignedInPage,
        StaffAccountPage,
        StaffAccountsPage,
        StaffSignInPage,
        StepPage,
        SubjectAccessPage,
        TeamsPage,
        ClosingChoicesPage,
        TouchPage,
        TrendsPage,
        DashboardPage,
        TwoFactorDonePage,
        TwoFactorPage {

  /** The frame around the page: its side, its form token, notices and navigation. */
  Frame frame();

  /** The path of the page's template under {@code src/main/jte}. */
  String template();
}
