package org.confide.domain.content;

import java.util.Optional;

/**
 * The content a new deployment starts with, for the organisation to edit rather than write from
 * nothing. Everything shown before an edit is true of any deployment of Confide and names no
 * organisation; the privacy notice's default has blanks marked {@value OrganisationPage#BLANK}, and
 * is shown to reporters only once saved (which refuses a page still holding a blank).
 */
public final class DefaultPages {

  private DefaultPages() {}

  /**
   * The default of {@code key}.
   *
   * @param key which content
   * @return its default title and body, never edited
   */
  public static OrganisationPage of(PageKey key) {
    return switch (key) {
      case WHAT_HAPPENS_NEXT -> page(key, "What happens after you tell us", WHAT_HAPPENS_NEXT);
      case SUPPORT -> page(key, "Support for you and for a friend", SUPPORT);
      case COVERING_YOUR_TRACKS -> page(key, "Covering your tracks", COVERING_YOUR_TRACKS);
      case PRIVACY -> page(key, "Privacy notice", PRIVACY);
      case ACCESSIBILITY -> page(key, "Accessibility statement", ACCESSIBILITY);
      case ANONYMITY_CHOICE -> page(key, "What staying anonymous means", ANONYMITY_CHOICE);
      case IDENTIFYING_DETAILS -> page(key, "Details can identify you", IDENTIFYING_DETAILS);
    };
  }

  private static OrganisationPage page(PageKey key, String title, String body) {
    return new OrganisationPage(key, title, body.strip(), Optional.empty());
  }

  private static final String WHAT_HAPPENS_NEXT =
      """
      You decide how much to tell us, and whether to give your name. Here is what happens after
      you send a report.

      ## Straight away

      You see a receipt with your report's reference. If you asked to hear back without giving
      your name, the receipt also shows your **access code**: write it down or keep it somewhere
      safe. It is the only way back to your report and your messages. We keep only a scrambled
      form of it, so no one here can tell you what it was if it is lost.

      If you told us someone is in danger now, the receipt lists who to call straight away. This
      service is not an emergency service: no one may read your report until the next working day.

      ## Who reads it

      A trained adviser reads every report. Only the staff who need to know can open it. Staff who
      look at statistics see counts, never your report, and small numbers are not shown.

      If what you told us suggests that someone is at risk of serious harm, or that someone under
      18 is involved, the adviser passes the report to a safeguarding lead. The lead decides what
      needs to happen to keep people safe, and records why. In a few serious cases the
      organisation has a duty to act, for example by telling the police or social services, even
      if you did not give your name.

      ## If you stayed anonymous

      Your report is counted, and it can show a pattern: when several people tell us about the same
      place, group or person, the organisation can act on what keeps happening. An anonymous report
      rarely allows direct action against a named person, because a fair process needs to be able
      to ask the person who reported questions.

      If you asked for an access code, an adviser replies in your report's messages. Sign in with
      your code to read the reply and write back. The receipt and your report's page say the date
      by which an adviser will reply, counted in working days: weekends, public holidays and times
      when the service is closed are not counted. Messages are read only on working days, at the
      times shown on your report's page.

      You can share your contact details later, or erase your report and its messages, when you
      sign in with your code.

      ## If you gave your contact details

      An adviser contacts you, in the way you asked, to talk about support and the options open to
      you, such as support while you study or work, or a formal complaint. Nothing formal happens
      without talking to you first, except where someone's safety means the organisation has to
      act.

      ## Changing your mind

      You can stop at any point. Telling us does not commit you to anything further.
      """;

  private static final String SUPPORT =
      """
      Whatever happened, you do not have to deal with it alone. You can talk to someone whether or
      not you make a report.

      ## If someone is in danger now

      Call [999](tel:999). If you cannot speak, call 999 and press 55 when asked on a mobile phone.

      ## Talk to someone now

      - **Samaritans**, day or night, free: call [116 123](tel:116123) or visit
        [samaritans.org](https://www.samaritans.org).
      - **Shout**, a text service, day or night, free: text SHOUT to 85258.
      - **NHS 111**, for urgent medical help that is not an emergency: call [111](tel:111) or
        visit [111.nhs.uk](https://111.nhs.uk).

      ## After sexual violence or abuse

      - **Rape Crisis England and Wales**, 24/7 support line: call
        [0808 500 2222](tel:08085002222) or visit [rapecrisis.org.uk](https://rapecrisis.org.uk).
      - **Victim Support**, for anyone affected by a crime, whether or not it was reported to the
        police: call [08 08 16 89 111](tel:08081689111) or visit
        [victimsupport.org.uk](https://www.victimsupport.org.uk).

      ## Supporting a friend

      If a friend tells you about something that happened to them:

      - **Listen** without judging, and let them say as much or as little as they want.
      - **Believe them.** Saying "it is not your fault" matters.
      - **Let them decide** what happens next. Offer to help them find support or to come with
        them, but do not take over or tell others without asking them.
      - **Say who can help:** the services on this page, and this service, where they can tell
        us anonymously or with their name.
      - **Look after yourself too.** Hearing about harm can be hard; these services support you
        as well.

      If you believe your friend or someone else is in danger now, call [999](tel:999).
      """;

  private static final String COVERING_YOUR_TRACKS =
      """
      If you share a phone or computer, or someone may look at yours, here is what this site
      leaves behind and how to clear it.

      ## Your browser's history

      The pages of this site **stay in your browser's history** until you remove them, like any
      other website: someone looking at the history can see their titles and addresses. This site
      cannot remove them for you. To remove them, open your browser's history (often Ctrl+H, or
      Cmd+Y on a Mac, or History in the browser's menu on a phone) and delete the entries for this
      site, or clear the history for the time you were here.

      A **private window** (called Incognito in Chrome, InPrivate in Edge, Private Browsing in
      Firefox and Safari) keeps no history once you close it. Open one before you visit this site
      next time.

      ## Leaving quickly

      The **Leave this site quickly** button at the top of every page ends your session here and
      takes you to another website. With JavaScript on, pressing Escape three times does the same,
      and the Back button does not bring back the page you left. The pages you visited still
      appear in your browser's history.

      ## What this site does not keep on your device

      This site tells your browser not to keep copies of its pages, and it sets no cookie that
      lasts after you close the browser. Closing every browser window ends your visit on this
      device.

      ## Your access code and downloads

      - Do not let your browser save your access code as a password.
      - If you print or save your receipt, the file stays in your downloads folder and in the
        browser's list of downloads until you delete it.
      - Keep your access code somewhere only you can find, such as a note that does not say what
        it is for.

      ## Other places

      - Email, text messages and call logs about your report stay on your devices unless you
        delete them.
      - A shared or work network, such as a university's or an employer's, may record which
        websites are visited. Using your mobile data instead of shared Wi-Fi avoids that.
      - If you think someone is watching your device, use a device they cannot reach, such as a
        friend's or a library computer.
      """;

  private static final String PRIVACY =
      """
      **[FILL IN: this is a template for your privacy notice. Replace every part marked FILL IN,
      check the whole notice with your data protection officer, and remove this paragraph.
      Reporters see this page only once it has been saved, and it cannot be saved while a mark is
      left.]**

      This notice explains how we use the information you give when you make a report through this
      service, as the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act
      2018 require.

      ## Who we are

      [FILL IN: the full name and address of your organisation] is the controller of the personal
      information given through this service. Our data protection officer can be contacted at
      [FILL IN: an email address or postal address for your data protection officer].

      ## What we keep

      - What you tell us about what happened: your answers and what you write in your own words.
      - If you choose to give them, your name and contact details, and how you want to be
        contacted.
      - The messages between you and the case team, and the case team's notes about your report.
      - When your report was made and when it was worked on.

      If you report anonymously, we do not ask for your name or contact details. The details of
      what happened may still identify you, or other people. If you ask for an access code, we keep
      only a scrambled form of it, which cannot be turned back into the code.

      Reports, contact details, messages and notes are encrypted where they are stored. Only staff
      who need to know can open a report, and every time a staff member opens one it is recorded.

      [FILL IN: where the service is hosted, and whether your web server's logs record IP
      addresses and for how long.]

      ## Why we use it, and the lawful basis

      We use your information to respond to your report, to support you, to keep people safe, and
      to understand patterns of behaviour so that we can prevent them. Reports are counted in
      statistics that never show small numbers.

      [FILL IN: your lawful basis under Article 6 of the UK GDPR, such as public task or legitimate
      interests, and, for special category information such as health or sexual life, your
      condition under Article 9 and Schedule 1 of the Data Protection Act 2018.]

      ## Who we share it with

      We do not share your report outside the organisation, except where we must to keep someone
      safe or where the law requires it, for example with the police or social services.
      [FILL IN: any other organisation you share reports with, such as a students' union, and
      why.]

      ## How long we keep it

      A closed report is kept for [FILL IN: the period your administrators set for closed cases,
      six years unless changed] and then deleted, with everything that belongs to it. If you have
      an access code, you can erase your report and its messages at any time by signing in; if a
      safeguarding lead is acting on it, some of it is kept, seen only by them, for as long as that
      requires, and the erasure page tells you so before you confirm.

      ## Your rights

      You have the right to ask for a copy of your information, to have it corrected or erased, to
      restrict or object to its use, and to complain to the Information Commissioner's Office
      ([ico.org.uk](https://ico.org.uk), [0303 123 1113](tel:03031231113)). To use your rights,
      contact our data protection officer. If you reported anonymously, we can only find your
      report if you give us its reference or sign in with your access code.

      This notice was last updated on [FILL IN: the date].
      """;

  private static final String ACCESSIBILITY =
      """
      This accessibility statement applies to this reporting service. We want as many people as
      possible to be able to use it. For example, you should be able to:

      - change colours, contrast levels and fonts using your browser or device settings;
      - zoom in without the text spilling off the screen;
      - use the whole service with a keyboard alone;
      - use the whole service with JavaScript turned off;
      - use most of the service with a screen reader;
      - use it on a phone as well as on a computer.

      We have also made the text as simple as we can.

      ## How accessible this service is

      The service is built to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at
      level AA. Every page is checked with automated accessibility tests each time the service is
      changed, including on a narrow phone screen.

      Automated tests cannot find every problem. If you find one, please tell us.

      ## What to do if you cannot use part of this service

      If you need information on this service in a different format, or you find a problem, tell
      the organisation that runs this service. You can also tell us through this service itself,
      anonymously if you prefer. We will consider your request and get back to you if you leave a
      way to reach you.

      ## Enforcement procedure

      The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector
      Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the
      accessibility regulations). If you are not happy with how we respond to your complaint,
      contact the [Equality Advisory and Support Service (EASS)](https://www.equalityadvisoryservice.com).
      """;

  private static final String ANONYMITY_CHOICE =
      """
      **If you stay anonymous**, your report is still read and counted. It can show a pattern: when
      several people tell us about the same place, group or person, the organisation can act on
      what keeps happening. But an anonymous report rarely allows direct action against a named
      person, because a fair process needs to be able to ask the person who reported questions.

      **If you give your contact details**, an adviser can talk with you about support and every
      option open to you, including a formal complaint. Only the case team sees your details, and
      nothing formal happens without talking to you first, unless someone's safety means the
      organisation has to act.

      If you stay anonymous and ask for an access code, you can share your details later if you
      change your mind.
      """;

  private static final String IDENTIFYING_DETAILS =
      """
      The details of an incident, such as when and where it happened, who was there and what was
      said, can identify you, even in an anonymous report. Share what you are comfortable sharing.
      """;
}
