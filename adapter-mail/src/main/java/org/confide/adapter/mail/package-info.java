/**
 * The mail adapter: {@link org.confide.application.port.out.Mailer} over SMTP with Jakarta Mail
 * (Eclipse Angus Mail), configured by {@link org.confide.adapter.mail.MailSettings}. It sends what
 * the application composed, logs the outcome by Message-ID and never an address or a body.
 */
package org.confide.adapter.mail;
