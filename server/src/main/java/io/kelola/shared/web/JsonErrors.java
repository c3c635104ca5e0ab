package io.kelola.shared.web;

import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Explains why a JSON body could not be read, in words a client developer can act on. */
final class JsonErrors {

  private JsonErrors() {}

  static String describe(HttpMessageNotReadableException ex, BiFunction<String, Object[], String> text) {
    Throwable cause = ex.getMostSpecificCause();
    if (cause instanceof UnrecognizedPropertyException u) {
      return text.apply("error.json.unknownField", new Object[] {u.getPropertyName()});
    }
    if (cause instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      var allowed = java.util.Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
      return text.apply("error.json.badEnum", new Object[] {path(f), String.valueOf(f.getValue()), allowed});
    }
    if (cause instanceof DatabindException d && !d.getPath().isEmpty()) {
      return text.apply("error.json.badField", new Object[] {path(d)});
    }
    if (cause instanceof StreamReadException) {
      return text.apply("error.json.malformed", new Object[0]);
    }
    return text.apply("error.json.unreadable", new Object[0]);
  }

  private static String path(DatabindException e) {
    return e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }
}
