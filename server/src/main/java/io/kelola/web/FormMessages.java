package io.kelola.web;

import io.kelola.shared.web.BusinessRuleException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns Jakarta validation and business-rule failures into the reader's language for forms, so a
 * page re-renders with the message next to the field it is about.
 */
@Component
public class FormMessages {

  /** Generic constraints whose built-in text is English only; our bundle words them per language. */
  private static final Set<String> GENERIC = Set.of("NotBlank", "Email", "Size");

  private final MessageSource messages;

  FormMessages(MessageSource messages) {
    this.messages = messages;
  }

  public FormErrors of(BindingResult result) {
    var fields = new LinkedHashMap<String, String>();
    for (FieldError f : result.getFieldErrors()) fields.putIfAbsent(f.getField(), text(f));
    var general = result.getGlobalErrors().isEmpty() ? null
        : messages.getMessage(result.getGlobalErrors().getFirst(), LocaleContextHolder.getLocale());
    return new FormErrors(fields, general);
  }

  /** A rule broken in a service; its field is renamed through {@code rename} to match the form's inputs. */
  public FormErrors of(BusinessRuleException e, Map<String, String> rename) {
    var message = text(e);
    if (e.field() == null) return new FormErrors(Map.of(), message);
    return new FormErrors(Map.of(rename.getOrDefault(e.field(), e.field()), message), null);
  }

  public FormErrors of(BusinessRuleException e) {
    return of(e, Map.of());
  }

  /** One field error added by the page itself (e.g. the two new passwords differ). */
  public FormErrors field(String field, String key) {
    return new FormErrors(Map.of(field, messages.getMessage(key, null, key, LocaleContextHolder.getLocale())), null);
  }

  public String text(BusinessRuleException e) {
    return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
  }

  private String text(FieldError f) {
    var locale = LocaleContextHolder.getLocale();
    if (f.getCode() != null && GENERIC.contains(f.getCode())) {
      return messages.getMessage("form.validation." + f.getCode(), f.getArguments(), f.getCode(), locale);
    }
    return messages.getMessage(f, locale);
  }

  /** A public id from a page URL; a malformed one names nothing, so it reads as "not found". */
  public static UUID uuidOrNotFound(String raw, String notFoundKey) {
    try {
      if (raw != null && raw.length() == 36) return UUID.fromString(raw);
    } catch (IllegalArgumentException ignored) {
      // fall through
    }
    throw BusinessRuleException.notFound(notFoundKey);
  }
}
