package io.kelola.masterdata.web;

import io.kelola.web.FormErrors;
import java.util.Map;

/** A form nested in a master page (a new location, a new unit conversion) as typed, with its errors. */
public record SubForm(Map<String, String> form, FormErrors errors) {

  public static final SubForm EMPTY = new SubForm(Map.of(), FormErrors.NONE);

  public String value(String field) {
    return form.getOrDefault(field, "");
  }
}
