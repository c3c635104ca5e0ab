package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.ImportRejectedException;
import io.kelola.masterdata.domain.MasterKinds;
import io.kelola.shared.security.RequiresPermission;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** {@code /master/{kind}/import}: upload a CSV or XLSX file; see what was written or every problem found. */
@Controller
class MasterImportPageController {

  private final MasterKinds kinds;
  private final MasterTransfer transfer;

  MasterImportPageController(MasterKinds kinds, MasterTransfer transfer) {
    this.kinds = kinds;
    this.transfer = transfer;
  }

  @GetMapping("/master/{kind}/import")
  @RequiresPermission("MASTER.IMPORT")
  String form(@PathVariable String kind, Model model) {
    model.addAttribute("view", new MasterImportView(kinds.require(kind), null, List.of()));
    return "masterdata/import";
  }

  @PostMapping("/master/{kind}/import")
  @RequiresPermission("MASTER.IMPORT")
  String upload(@PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file,
      HttpServletResponse response, Model model) {
    var master = kinds.require(kind);
    try {
      model.addAttribute("view", new MasterImportView(master, transfer.importFile(master, file), List.of()));
    } catch (ImportRejectedException e) {
      response.setStatus(422);
      model.addAttribute("view", new MasterImportView(master, null, transfer.report(e)));
    }
    return "masterdata/import";
  }
}
