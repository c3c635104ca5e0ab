package io.kelola.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * Message bundle access for templates and controllers, bound to the reader's locale
 * (Bahasa Indonesia by default). Also formats money and times the way users expect.
 */
public final class Msg {

  private final MessageSource messages;
  private final Locale locale;

  public Msg(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  public String get(String key, Object... args) {
    try {
      return messages.getMessage(key, args, locale);
    } catch (NoSuchMessageException e) {
      return key; // visible, and the bundle test fails the build before this reaches users
    }
  }

  /** {@code key}'s message, or {@code fallbackKey}'s when {@code key} is absent; both with {@code args}. */
  public String getAny(String key, String fallbackKey, Object... args) {
    try {
      return messages.getMessage(key, args, locale);
    } catch (NoSuchMessageException e) {
      return get(fallbackKey, args);
    }
  }

  /** Like {@link #get} but returns {@code fallback} when the key is absent (data-driven labels). */
  public String getOr(String key, String fallback) {
    return messages.getMessage(key, null, fallback, locale);
  }

  public String money(BigDecimal amount) {
    return Formats.rupiah(amount);
  }

  public String dateTime(Instant instant) {
    return Formats.wibDateTime(instant);
  }

  public Locale locale() {
    return locale;
  }

  public String lang() {
    return locale.getLanguage();
  }
}
