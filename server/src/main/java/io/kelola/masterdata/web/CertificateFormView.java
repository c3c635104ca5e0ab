package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.FieldSpec;
import io.kelola.web.FormErrors;
import java.util.List;
import java.util.Map;

/** The new-certificate form as typed, with its errors. Template view model. */
public record CertificateFormView(List<FieldSpec> fields, Map<String, String> form, FormErrors errors) {

  public String value(String field) {
    return form.getOrDefault(field, "");
  }
}
