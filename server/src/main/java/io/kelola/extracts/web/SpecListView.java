package io.kelola.extracts.web;

import io.kelola.extracts.domain.QcSpec;
import io.kelola.masterdata.ItemRef;
import io.kelola.web.FormErrors;
import java.util.List;

/**
 * The QC spec page: versions grouped by material and market (newest first, the active one marked),
 * the form for a new version and the outcome of the last submit. Template view model.
 *
 * @param published the version just published (success message), or null
 */
public record SpecListView(List<Group> groups, List<ItemRef> materials, SpecForm form, FormErrors errors,
    QcSpec published) {

  /** Every version of one material for one market. */
  public record Group(String item, String itemName, String market, List<QcSpec> versions) {

    public String id() {
      return "spec-" + item + "-" + market;
    }
  }

  public static String limitText(QcSpec.LabLimit l) {
    var unit = l.unit() == null ? "" : " " + l.unit();
    if (l.min() != null && l.max() != null) return BoardValues.qty(l.min()) + "–" + BoardValues.qty(l.max()) + unit;
    if (l.min() != null) return "≥ " + BoardValues.qty(l.min()) + unit;
    return "≤ " + BoardValues.qty(l.max()) + unit;
  }
}
