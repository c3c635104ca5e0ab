package io.kelola.factory.purchasing.web;

import io.kelola.factory.core.FactoryProperties;
import io.kelola.factory.purchasing.PoQueries;
import io.kelola.factory.purchasing.PurchaseOrders;
import io.kelola.masterdata.MasterLookup;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * New and edit pages of a PO: header fields and a table of lines. "Add line" posts the form back
 * with more empty rows, so it works without scripts; a refusal re-renders with the message on the
 * field (and row) it is about.
 */
@Controller
class PoFormController {

  private static final String PAGE = "factory/purchasing/form";

  private final PurchaseOrders orders;
  private final PoQueries queries;
  private final MasterLookup masters;
  private final FormMessages messages;
  private final FactoryProperties props;
  private final JdbcClient jdbc;

  PoFormController(PurchaseOrders orders, PoQueries queries, MasterLookup masters, FormMessages messages,
      FactoryProperties props, JdbcClient jdbc) {
    this.orders = orders;
    this.queries = queries;
    this.masters = masters;
    this.messages = messages;
    this.props = props;
    this.jdbc = jdbc;
  }

  @GetMapping(PoPaths.NEW)
  @RequiresPermission("PO.CREATE")
  String newForm(Model model) {
    model.addAttribute("view", view(PoForm.empty("WH-A1"), FormErrors.NONE, null));
    return PAGE;
  }

  @PostMapping(PoPaths.LIST)
  @RequiresPermission("PO.CREATE")
  String create(@RequestParam(required = false) String vendor, @RequestParam(required = false) String warehouse,
      @RequestParam(required = false) String orderDate, @RequestParam(required = false) String expectedDate,
      @RequestParam(required = false) String notes, @RequestParam(required = false) List<String> item,
      @RequestParam(required = false) List<String> qty, @RequestParam(required = false) List<String> unitPrice,
      @RequestParam(required = false) List<String> taxCode, @RequestParam(required = false) String addLine,
      HttpServletResponse response, Model model) {
    var form = PoForm.of(vendor, warehouse, orderDate, expectedDate, notes, item, qty, unitPrice, taxCode);
    return save(form, null, addLine != null, response, model);
  }

  @GetMapping(PoPaths.LIST + "/{no}/edit")
  @RequiresPermission("PO.UPDATE")
  String editForm(@PathVariable String no, Model model) {
    var d = queries.detail(no);
    if (!PurchaseOrders.DRAFT.equals(d.po().status())) return "redirect:" + PoPaths.detail(d.po().poNo());
    var rows = d.lines().stream().map(l -> new PoForm.Row(l.item(), l.qty().stripTrailingZeros().toPlainString(),
        l.unitPrice().stripTrailingZeros().toPlainString(), l.taxCode())).toList();
    var form = new PoForm(d.po().vendor(), d.po().warehouse(), d.po().orderDate().toString(),
        d.po().expectedDate() == null ? "" : d.po().expectedDate().toString(), d.notes() == null ? "" : d.notes(),
        new java.util.ArrayList<>(rows)).withBlankRows(1);
    model.addAttribute("view", view(form, FormErrors.NONE, d.po().poNo()));
    return PAGE;
  }

  @PostMapping(PoPaths.LIST + "/{no}/edit")
  @RequiresPermission("PO.UPDATE")
  String update(@PathVariable String no, @RequestParam(required = false) String vendor,
      @RequestParam(required = false) String warehouse, @RequestParam(required = false) String orderDate,
      @RequestParam(required = false) String expectedDate, @RequestParam(required = false) String notes,
      @RequestParam(required = false) List<String> item, @RequestParam(required = false) List<String> qty,
      @RequestParam(required = false) List<String> unitPrice, @RequestParam(required = false) List<String> taxCode,
      @RequestParam(required = false) String addLine, HttpServletResponse response, Model model) {
    var po = queries.detail(no).po().poNo();
    var form = PoForm.of(vendor, warehouse, orderDate, expectedDate, notes, item, qty, unitPrice, taxCode);
    return save(form, po, addLine != null, response, model);
  }

  private String save(PoForm form, String editNo, boolean addLine, HttpServletResponse response, Model model) {
    if (addLine) {
      model.addAttribute("view", view(form.withBlankRows(1), FormErrors.NONE, editNo));
      return PAGE;
    }
    try {
      var no = editNo == null ? orders.create(form.request()) : orders.update(editNo, form.request());
      return "redirect:" + PoPaths.detail(no) + "?done=" + (editNo == null ? "created" : "updated");
    } catch (BusinessRuleException e) {
      response.setStatus(e.status().value());
      var rename = new HashMap<String, String>();
      var filled = form.filled();
      for (int k = 0; k < filled.size(); k++) {
        for (var f : List.of("item", "qty", "unitPrice", "taxCode")) {
          rename.put("lines[" + k + "]." + f, "rows[" + filled.get(k) + "]." + f);
        }
        rename.put("lines[" + k + "]", "rows[" + filled.get(k) + "].item");
      }
      model.addAttribute("view", view(form.rows().isEmpty() ? form.withBlankRows(PoForm.BLANK_ROWS) : form,
          messages.of(e, rename), editNo));
      return PAGE;
    }
  }

  private PoFormView view(PoForm form, FormErrors errors, String editNo) {
    var warehouses = jdbc.sql("SELECT code FROM m_wh WHERE deleted_at IS NULL ORDER BY code LIMIT 200")
        .query(String.class).list();
    var items = jdbc.sql("SELECT code, name, uom FROM m_item WHERE deleted_at IS NULL ORDER BY code LIMIT 1000")
        .query((rs, n) -> new PoFormView.ItemOption(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    return new PoFormView(form, errors, editNo, masters.vendors(500), warehouses, items,
        props.taxCodes().keySet().stream().sorted().toList(), props.defaultTaxCode());
  }
}
