package io.kelola.factory.purchasing.web;

import io.kelola.factory.purchasing.GoodsReceipts;
import io.kelola.factory.purchasing.PoQueries;
import io.kelola.factory.purchasing.ReceiptRequest;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /factory/purchase-orders/{no}/receive}: the warehouse records goods arriving against a PO. */
@Controller
class ReceivePageController {

  private static final String PAGE = "factory/purchasing/receive";

  private final GoodsReceipts receipts;
  private final PoQueries queries;
  private final FormMessages messages;

  ReceivePageController(GoodsReceipts receipts, PoQueries queries, FormMessages messages) {
    this.receipts = receipts;
    this.queries = queries;
    this.messages = messages;
  }

  @GetMapping(PoPaths.LIST + "/{no}/receive")
  @RequiresPermission("PO.RECEIVE")
  String form(@PathVariable String no, Model model) {
    model.addAttribute("view", new ReceiveView(queries.detail(no), Map.of(), FormErrors.NONE));
    return PAGE;
  }

  @PostMapping(PoPaths.LIST + "/{no}/receive")
  @RequiresPermission("PO.RECEIVE")
  String receive(@PathVariable String no, @RequestParam Map<String, String> params, HttpServletResponse response,
      Model model) {
    var d = queries.detail(no);
    var typed = new LinkedHashMap<String, String>();
    params.forEach((k, v) -> {
      if (!k.equals("_csrf") && typed.size() < 1000) typed.put(k, v == null ? "" : v.strip());
    });
    var rename = new HashMap<String, String>();
    try {
      var lines = new ArrayList<ReceiptRequest.Line>();
      for (var l : d.lines()) {
        var qty = typed.getOrDefault("qty_" + l.lineNo(), "");
        if (qty.isBlank()) continue;
        rename.put("lines[" + lines.size() + "].qty", "qty_" + l.lineNo());
        rename.put("lines[" + lines.size() + "].lotNo", "lot_" + l.lineNo());
        rename.put("lines[" + lines.size() + "].expDate", "exp_" + l.lineNo());
        lines.add(new ReceiptRequest.Line(l.lineNo(), FormNumbers.decimal("qty_" + l.lineNo(), qty),
            typed.get("lot_" + l.lineNo()), FormNumbers.date("exp_" + l.lineNo(), typed.get("exp_" + l.lineNo()))));
      }
      receipts.receive(d.po().poNo(), new ReceiptRequest(FormNumbers.date("recvDate", typed.get("recvDate")),
          typed.get("vendorDoc"), typed.get("notes"), lines));
      return "redirect:" + PoPaths.detail(d.po().poNo()) + "?done=received";
    } catch (BusinessRuleException e) {
      response.setStatus(e.status().value());
      model.addAttribute("view", new ReceiveView(queries.detail(no), typed, messages.of(e, rename)));
      return PAGE;
    }
  }
}
