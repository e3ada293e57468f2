package io.billingconsole.notice;

/** An e-mail as it will be sent: subject, plain text and HTML part. */
public record RenderedMail(String subject, String text, String html) {
}
