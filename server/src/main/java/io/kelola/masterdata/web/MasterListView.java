package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.FieldSpec;
import io.kelola.masterdata.domain.MasterKind;
import io.kelola.shared.web.PageResult;
import io.kelola.web.ListLinks;
import java.util.List;

/**
 * A master's list page: the rows as display text, the filters as entered and what the caller may
 * do. Template view model.
 */
public record MasterListView(MasterKind kind, List<FieldSpec> columns, PageResult<Row> result, String q,
    boolean showDeleted, ListLinks links, boolean canCreate, boolean canDelete, boolean canImport, boolean canExport) {

  /** One row: code, one display text per column, deleted or not. */
  public record Row(String code, List<String> cells, boolean deleted) {}

  public String path() {
    return "/master/" + kind.kind();
  }
}
