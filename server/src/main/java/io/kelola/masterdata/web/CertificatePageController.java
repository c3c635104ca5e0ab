package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.CertificateService;
import io.kelola.masterdata.domain.CertificateView;
import io.kelola.masterdata.domain.InvalidMasterException;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.Requests;
import io.kelola.web.FormErrors;
import io.kelola.web.FormMessages;
import io.kelola.web.ListLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** {@code /master/certificates}: certificates with their status badge and file; a form to add one with its scan. */
@Controller
class CertificatePageController {

  private final CertificateService certificates;
  private final MasterFormErrors formErrors;
  private final TransactionOperations transactions;

  CertificatePageController(CertificateService certificates, MasterFormErrors formErrors,
      TransactionOperations transactions) {
    this.certificates = certificates;
    this.formErrors = formErrors;
    this.transactions = transactions;
  }

  @GetMapping("/master/certificates")
  @RequiresPermission("MASTER.READ")
  String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    var query = PageQuery.of(ListLinks.intOrNull(page), ListLinks.intOrNull(size), sort, dir, ListLinks.searchText(q));
    var filters = new LinkedHashMap<String, String>();
    filters.put("q", query.q());
    model.addAttribute("view", new CertificateListView(certificates.list(query), query.q() == null ? "" : query.q(),
        new ListLinks("/master/certificates", filters, query), MasterPageController.can("MASTER.MANAGE")));
    response.addHeader("Vary", "HX-Request");
    if (Requests.isHtmx(request) && !"true".equals(request.getHeader("HX-History-Restore-Request"))) {
      model.addAttribute("oob", true);
      return "masterdata/certificatesTable";
    }
    return "masterdata/certificates";
  }

  @GetMapping("/master/certificates/new")
  @RequiresPermission("MASTER.MANAGE")
  String newForm(Model model) {
    model.addAttribute("view", new CertificateFormView(CertificateService.FIELDS, Map.of(), FormErrors.NONE));
    return "masterdata/certificateNew";
  }

  @PostMapping("/master/certificates/new")
  @RequiresPermission("MASTER.MANAGE")
  String create(@RequestParam MultiValueMap<String, String> params,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response, Model model) {
    var input = input(params);
    try {
      var bytes = file == null || file.isEmpty() ? null : file.getBytes();
      certificates.create(input, file == null ? null : file.getOriginalFilename(), bytes);
      return "redirect:/master/certificates?q=" + java.net.URLEncoder.encode(input.get("number"),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (BusinessRuleException e) {
      response.setStatus(e.status().value());
      model.addAttribute("view", new CertificateFormView(CertificateService.FIELDS, input, formErrors.of(e)));
      return "masterdata/certificateNew";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/master/certificates/{uuid}")
  @RequiresPermission("MASTER.READ")
  String edit(@PathVariable String uuid, Model model) {
    var cert = certificates.get(FormMessages.uuidOrNotFound(uuid, "master.cert.notFound"));
    return render(model, cert, formValues(cert), FormErrors.NONE);
  }

  /** Saves the fields and, when a file is chosen, replaces the scan: both or neither. */
  @PostMapping("/master/certificates/{uuid}")
  @RequiresPermission("MASTER.MANAGE")
  String update(@PathVariable String uuid, @RequestParam MultiValueMap<String, String> params,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response, Model model) {
    var id = FormMessages.uuidOrNotFound(uuid, "master.cert.notFound");
    var cert = certificates.get(id);
    var input = input(params);
    try {
      var bytes = file == null || file.isEmpty() ? null : file.getBytes();
      transactions.executeWithoutResult(tx -> {
        certificates.update(id, input);
        if (bytes != null) certificates.attach(id, file.getOriginalFilename(), bytes);
      });
      return "redirect:/master/certificates?q=" + URLEncoder.encode(input.get("number"), StandardCharsets.UTF_8);
    } catch (BusinessRuleException e) {
      if (e.status() == HttpStatus.NOT_FOUND && !(e instanceof InvalidMasterException)) throw e;
      response.setStatus(e.status().value());
      return render(model, cert, input, formErrors.of(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PostMapping("/master/certificates/{uuid}/delete")
  @RequiresPermission("MASTER.DELETE")
  String delete(@PathVariable String uuid) {
    certificates.delete(FormMessages.uuidOrNotFound(uuid, "master.cert.notFound"));
    return "redirect:/master/certificates";
  }

  private static Map<String, String> input(MultiValueMap<String, String> params) {
    var input = new LinkedHashMap<String, String>();
    CertificateService.FIELDS.forEach(f -> input.put(f.name(), params.getFirst(f.name()) == null ? ""
        : params.getFirst(f.name()).strip()));
    return input;
  }

  private static Map<String, String> formValues(CertificateView c) {
    var form = new LinkedHashMap<String, String>();
    form.put("vendor", Objects.toString(c.vendor(), ""));
    form.put("item", Objects.toString(c.item(), ""));
    form.put("type", c.type());
    form.put("number", c.number());
    form.put("issuer", c.issuer());
    form.put("validFrom", Objects.toString(c.validFrom(), ""));
    form.put("validTo", Objects.toString(c.validTo(), ""));
    return form;
  }

  private String render(Model model, CertificateView cert, Map<String, String> form, FormErrors errors) {
    model.addAttribute("view", new CertificateEditView(cert, CertificateService.FIELDS, form, errors,
        MasterPageController.can("MASTER.MANAGE"), MasterPageController.can("MASTER.DELETE")));
    return "masterdata/certificateEdit";
  }
}
