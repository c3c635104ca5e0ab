package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.ImportResult;
import io.kelola.masterdata.domain.MasterKind;
import java.util.List;

/**
 * The import page of a master: the upload form, and after an upload either what was written or
 * the report of every problem (nothing written). Template view model.
 */
public record MasterImportView(MasterKind kind, ImportResult result, List<ImportReportLine> problems) {

  public String path() {
    return "/master/" + kind.kind();
  }

  public List<String> columns() {
    return io.kelola.masterdata.domain.MasterFiles.header(kind);
  }
}
