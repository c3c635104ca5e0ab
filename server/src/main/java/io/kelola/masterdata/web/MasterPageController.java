package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.FieldSpec;
import io.kelola.masterdata.domain.MasterKind;
import io.kelola.masterdata.domain.MasterKinds;
import io.kelola.masterdata.domain.MasterRow;
import io.kelola.masterdata.domain.MasterService;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.Msg;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.Requests;
import io.kelola.web.FormErrors;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /master/{kind}}: list with live search, sort and paging; create and edit forms with inline
 * errors; delete and restore buttons. One controller and one set of templates for every simple master.
 */
@Controller
class MasterPageController {

  private static final Set<String> DONE = Set.of("created", "saved", "deleted", "restored", "locationCreated",
      "locationSaved", "locationDeleted", "conversionAdded", "conversionRemoved");

  private final MasterKinds kinds;
  private final MasterService masters;
  private final MasterFormPage page;
  private final MasterFormErrors formErrors;

  MasterPageController(MasterKinds kinds, MasterService masters, MasterFormPage page, MasterFormErrors formErrors) {
    this.kinds = kinds;
    this.masters = masters;
    this.page = page;
    this.formErrors = formErrors;
  }

  @GetMapping("/master/{kind}")
  @RequiresPermission("MASTER.READ")
  String list(@PathVariable String kind, @RequestParam(required = false) String page,
      @RequestParam(required = false) String size, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String q,
      @RequestParam(required = false) String deleted, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    var master = kinds.require(kind);
    var query = PageQuery.of(ListLinks.intOrNull(page), ListLinks.intOrNull(size), sort, dir, ListLinks.searchText(q));
    var showDeleted = "true".equals(deleted) && can("MASTER.DELETE");
    var t = (Msg) model.getAttribute("t");
    var columns = master.listed();
    var result = masters.list(master, query, showDeleted).map(r -> new MasterListView.Row(r.code(),
        columns.stream().map(f -> MasterCells.display(f, r.get(f.name()), t)).toList(), r.deleted()));
    var filters = new LinkedHashMap<String, String>();
    filters.put("q", query.q());
    filters.put("deleted", showDeleted ? "true" : "");
    model.addAttribute("view", new MasterListView(master, columns, result, query.q() == null ? "" : query.q(),
        showDeleted, new ListLinks("/master/" + kind, filters, query), can("MASTER.MANAGE"), can("MASTER.DELETE"),
        can("MASTER.IMPORT"), can("MASTER.EXPORT")));
    response.addHeader("Vary", "HX-Request");
    if (!tableOnly(request)) return "masterdata/list";
    model.addAttribute("oob", true);
    return "masterdata/table";
  }

  @GetMapping("/master/{kind}/new")
  @RequiresPermission("MASTER.MANAGE")
  String newForm(@PathVariable String kind, Model model) {
    var master = kinds.require(kind);
    return render(model, master, null, false, "", Map.of(), FormErrors.NONE, null);
  }

  @PostMapping("/master/{kind}/new")
  @RequiresPermission("MASTER.MANAGE")
  String create(@PathVariable String kind, @RequestParam MultiValueMap<String, String> params,
      HttpServletResponse response, Model model) {
    var master = kinds.require(kind);
    var input = input(master, params, true);
    try {
      var created = masters.create(master, input);
      return redirect(master, created.code(), "created");
    } catch (BusinessRuleException e) {
      response.setStatus(e.status().value());
      return render(model, master, null, false, input.getOrDefault("code", ""), input, errors(e), null);
    }
  }

  @GetMapping("/master/{kind}/{code}")
  @RequiresPermission("MASTER.READ")
  String edit(@PathVariable String kind, @PathVariable String code, @RequestParam(required = false) String done,
      Model model) {
    var master = kinds.require(kind);
    var row = masters.get(master, code);
    return render(model, master, row, MasterCells.formValues(row.values()), FormErrors.NONE,
        done != null && DONE.contains(done) ? done : null);
  }

  @PostMapping("/master/{kind}/{code}")
  @RequiresPermission("MASTER.MANAGE")
  String update(@PathVariable String kind, @PathVariable String code,
      @RequestParam MultiValueMap<String, String> params, HttpServletResponse response, Model model) {
    var master = kinds.require(kind);
    var row = masters.get(master, code);
    var input = input(master, params, false);
    try {
      masters.update(master, code, input);
      return redirect(master, code, "saved");
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      return render(model, master, row, input, errors(e), null);
    }
  }

  @PostMapping("/master/{kind}/{code}/delete")
  @RequiresPermission("MASTER.DELETE")
  String delete(@PathVariable String kind, @PathVariable String code, HttpServletResponse response, Model model) {
    var master = kinds.require(kind);
    var row = masters.get(master, code);
    try {
      masters.delete(master, code);
      return redirect(master, code, "deleted");
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      return render(model, master, row, MasterCells.formValues(row.values()), errors(e), null);
    }
  }

  @PostMapping("/master/{kind}/{code}/restore")
  @RequiresPermission("MASTER.DELETE")
  String restore(@PathVariable String kind, @PathVariable String code, HttpServletResponse response, Model model) {
    var master = kinds.require(kind);
    var row = masters.get(master, code);
    try {
      masters.restore(master, code);
      return redirect(master, code, "restored");
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND) throw e;
      response.setStatus(e.status().value());
      return render(model, master, row, MasterCells.formValues(row.values()), errors(e), null);
    }
  }

  /** Only the master's own fields (and the code on create) are read; unchecked boxes arrive as "false". */
  static Map<String, String> input(MasterKind master, MultiValueMap<String, String> params, boolean withCode) {
    return input(master.fields(), params, withCode);
  }

  static Map<String, String> input(List<FieldSpec> fields, MultiValueMap<String, String> params, boolean withCode) {
    var input = new LinkedHashMap<String, String>();
    if (withCode) input.put("code", trimmed(params.getFirst("code")));
    for (var f : fields) {
      var value = params.getFirst(f.name());
      input.put(f.name(), f.type() == io.kelola.masterdata.domain.FieldType.BOOLEAN
          ? String.valueOf(params.containsKey(f.name()) && !"false".equals(value)) : trimmed(value));
    }
    return input;
  }

  private static String trimmed(String s) {
    return s == null ? "" : s.strip();
  }

  private FormErrors errors(BusinessRuleException e) {
    return formErrors.of(e);
  }

  private String render(Model model, MasterKind master, MasterRow row, Map<String, String> form, FormErrors errors,
      String done) {
    return render(model, master, row, row.deleted(), row.code(), form, errors, done);
  }

  private String render(Model model, MasterKind master, MasterRow row, boolean deleted, String codeInput,
      Map<String, String> form, FormErrors errors, String done) {
    return page.render(model, master, row, deleted, codeInput, form, errors, done, SubForm.EMPTY, SubForm.EMPTY);
  }

  static String redirect(MasterKind master, String code, String done) {
    return "redirect:/master/" + master.kind() + "/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "?done=" + done;
  }

  static boolean can(String permission) {
    return CurrentUser.get().map(p -> p.can(permission)).orElse(false);
  }

  private static boolean tableOnly(HttpServletRequest request) {
    return Requests.isHtmx(request)
        && !"true".equals(request.getHeader("HX-History-Restore-Request"))
        && !"true".equals(request.getHeader("HX-Boosted"));
  }

}
