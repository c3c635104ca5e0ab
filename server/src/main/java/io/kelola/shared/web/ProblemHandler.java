package io.kelola.shared.web;

import io.kelola.shared.security.NotAuthenticatedException;
import io.kelola.shared.security.PermissionDeniedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into RFC 9457 problem details for API callers, or a readable page for
 * browsers. Clients never see stack traces; unexpected errors are logged and reported as 500
 * without internals.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final MessageSource messages;
  private final TemplateEngine templates;

  ProblemHandler(MessageSource messages, TemplateEngine templates) {
    this.messages = messages;
    this.templates = templates;
  }

  @ExceptionHandler(NotAuthenticatedException.class)
  Object unauthenticated(HttpServletRequest request) {
    if (!Requests.wantsJson(request) && !Requests.isHtmx(request)) {
      var next = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      return new ModelAndView("redirect:/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
    return problem(request, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, text("error.unauthenticated"), Map.of());
  }

  @ExceptionHandler(PermissionDeniedException.class)
  Object forbidden(HttpServletRequest request, PermissionDeniedException e) {
    log.debug("Denied {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    return problem(request, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, text("error.forbidden"), Map.of());
  }

  @ExceptionHandler(BusinessRuleException.class)
  Object businessRule(HttpServletRequest request, BusinessRuleException e) {
    var message = text(e.messageKey(), e.args());
    var type = switch (e.status()) {
      case CONFLICT -> ProblemTypes.CONFLICT;
      case FORBIDDEN -> ProblemTypes.FORBIDDEN;
      case NOT_FOUND -> ProblemTypes.NOT_FOUND;
      case UNAUTHORIZED -> ProblemTypes.UNAUTHENTICATED;
      default -> ProblemTypes.VALIDATION;
    };
    return problem(request, e.status(), type, message, e.asFieldError(message));
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  Object tooLarge(HttpServletRequest request, PayloadTooLargeException e) {
    return problem(request, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE,
        text("error.tooLarge", e.limitBytes()), Map.of());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  Object constraintViolation(HttpServletRequest request, ConstraintViolationException e) {
    var fields = new LinkedHashMap<String, String>();
    e.getConstraintViolations().forEach(v -> fields.put(lastNode(v.getPropertyPath().toString()), v.getMessage()));
    return problem(request, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, text("error.validation"), fields);
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  Object integrity(HttpServletRequest request, DataIntegrityViolationException e) {
    log.info("Integrity violation on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMostSpecificCause().getMessage());
    return problem(request, HttpStatus.CONFLICT, ProblemTypes.CONFLICT, text("error.conflict"), Map.of());
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(HttpServletRequest request, Exception e) {
    log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, text("error.internal"), Map.of());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var fields = new LinkedHashMap<String, String>();
    ex.getBindingResult().getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(), messages.getMessage(f, LocaleContextHolder.getLocale())));
    ex.getBindingResult().getGlobalErrors().forEach(g -> fields.putIfAbsent(g.getObjectName(), messages.getMessage(g, LocaleContextHolder.getLocale())));
    return json(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, text("error.validation"), fields);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var fields = new LinkedHashMap<String, String>();
    ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
        fields.putIfAbsent(r.getMethodParameter().getParameterName(), messages.getMessage(err, LocaleContextHolder.getLocale()))));
    return json(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, text("error.validation"), fields);
  }

  /** Unknown URLs: a readable page for browsers, a problem document for API callers. */
  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var message = text("error.notFound");
    if (request instanceof ServletWebRequest web && !Requests.wantsJson(web.getRequest()) && !Requests.isHtmx(web.getRequest())) {
      var html = new StringOutput();
      templates.render("error/page.jte",
          Map.of("t", new Msg(messages, LocaleContextHolder.getLocale()), "status", 404, "message", message), html);
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML).body(html.toString());
    }
    return json(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, message, Map.of());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (org.springframework.core.NestedExceptionUtils.getRootCause(ex) instanceof BodySizeLimitFilter.TooLarge) {
      return json(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, text("error.tooLarge", "?"), Map.of());
    }
    return json(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED, JsonErrors.describe(ex, this::text), Map.of());
  }

  /** Every other Spring MVC error (405, 415, missing parameter, type mismatch…) keeps its status. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    var writable = new HttpHeaders();
    writable.putAll(headers); // the headers handed in may be read-only
    if (body instanceof ProblemDetail pd) {
      if (pd.getType() == null || "about:blank".equals(pd.getType().toString())) {
        pd.setType(statusCode.value() == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.MALFORMED);
      }
      writable.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
    return super.createResponseEntity(body, writable, statusCode, request);
  }

  private Object problem(HttpServletRequest request, HttpStatus status, URI type, String message, Map<String, String> fields) {
    if (Requests.wantsJson(request) || Requests.isHtmx(request)) return json(status, type, message, fields);
    var mav = new ModelAndView("error/page", status);
    mav.addObject("t", new Msg(messages, LocaleContextHolder.getLocale()));
    mav.addObject("status", status.value());
    mav.addObject("message", message);
    return mav;
  }

  private ResponseEntity<Object> json(HttpStatus status, URI type, String message, Map<String, String> fields) {
    var pd = ProblemDetail.forStatusAndDetail(status, message);
    pd.setType(type);
    pd.setTitle(status.getReasonPhrase());
    if (!fields.isEmpty()) {
      List<Map<String, String>> errors = fields.entrySet().stream()
          .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList();
      pd.setProperty("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
