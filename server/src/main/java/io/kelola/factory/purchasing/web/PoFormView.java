package io.kelola.factory.purchasing.web;

import io.kelola.masterdata.PartyRef;
import io.kelola.web.FormErrors;
import java.util.List;

/**
 * The new/edit PO page. Template view model.
 *
 * @param editNo the PO being edited, null for a new one
 */
public record PoFormView(PoForm form, FormErrors errors, String editNo, List<PartyRef> vendors,
    List<String> warehouses, List<ItemOption> items, List<String> taxCodes, String defaultTaxCode) {

  /** An item offered while typing a line's item code. */
  public record ItemOption(String code, String name, String uom) {}

  public String action() {
    return editNo == null ? PoPaths.LIST : PoPaths.action(editNo, "edit");
  }

  public String rowError(int row, String field) {
    return errors.get("rows[" + row + "]." + field);
  }

  public boolean rowHas(int row, String field) {
    return errors.has("rows[" + row + "]." + field);
  }
}
