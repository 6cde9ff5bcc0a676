package org.blueledger.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.blueledger.reminder.domain.OutboxMail;

import java.util.Properties;

/** Sends one outbox mail through the configured SMTP server (Jakarta Mail). */
@ApplicationScoped
public class MailSender {

    @Inject
    ReminderSettings settings;

    private volatile Session session;

    public void send(OutboxMail mail) throws MessagingException {
        Session s = session();
        String messageId = mail.messageId(settings.fromDomain());
        MimeMessage message = new MimeMessage(s) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipientAddress(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setSentDate(new java.util.Date());
        Transport.send(message);
    }

    private Session session() {
        Session s = session;
        if (s == null) {
            Properties p = new Properties();
            p.put("mail.transport.protocol", "smtp");
            p.put("mail.smtp.host", settings.smtpHost());
            p.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
            p.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMillis()));
            p.put("mail.smtp.timeout", String.valueOf(settings.timeoutMillis()));
            p.put("mail.smtp.writetimeout", String.valueOf(settings.timeoutMillis()));
            p.put("mail.smtp.from", settings.from());
            if (settings.startTls()) {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            if (settings.smtpUsername().isPresent()) {
                p.put("mail.smtp.auth", "true");
                String user = settings.smtpUsername().get();
                String password = settings.smtpPassword();
                s = Session.getInstance(p, new jakarta.mail.Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, password);
                    }
                });
            } else {
                s = Session.getInstance(p);
            }
            session = s;
        }
        return s;
    }
}
