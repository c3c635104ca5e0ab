package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.CertificateView;
import io.kelola.masterdata.domain.FieldSpec;
import io.kelola.web.FormErrors;
import java.util.List;
import java.util.Map;

/** The edit page of one certificate: its stored state, the form as typed and its errors. Template view model. */
public record CertificateEditView(CertificateView cert, List<FieldSpec> fields, Map<String, String> form,
    FormErrors errors, boolean canManage, boolean canDelete) {

  public String value(String field) {
    return form.getOrDefault(field, "");
  }

  public String path() {
    return "/master/certificates/" + cert.uuid();
  }
}
