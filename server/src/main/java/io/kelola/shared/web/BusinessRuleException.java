package io.kelola.shared.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request that is well-formed but breaks a rule (duplicate username, weak password, …). Carries
 * a message key so pages and problem details can show it in the reader's language.
 */
public class BusinessRuleException extends RuntimeException {

  private final HttpStatus status;
  private final String messageKey;
  private final String field;
  private final Object[] args;

  public BusinessRuleException(HttpStatus status, String messageKey, String field, Object... args) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.field = field;
    this.args = args;
  }

  public static BusinessRuleException invalid(String field, String messageKey, Object... args) {
    return new BusinessRuleException(HttpStatus.BAD_REQUEST, messageKey, field, args);
  }

  public static BusinessRuleException conflict(String field, String messageKey, Object... args) {
    return new BusinessRuleException(HttpStatus.CONFLICT, messageKey, field, args);
  }

  public static BusinessRuleException notFound(String messageKey) {
    return new BusinessRuleException(HttpStatus.NOT_FOUND, messageKey, null);
  }

  public HttpStatus status() { return status; }
  public String messageKey() { return messageKey; }
  public String field() { return field; }
  public Object[] args() { return args; }

  public Map<String, String> asFieldError(String resolvedMessage) {
    return field == null ? Map.of() : Map.of(field, resolvedMessage);
  }
}
