package io.kelola.identity.web;

import io.kelola.identity.domain.RoleService;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/roles}: the permission matrix, saved one role column at a time. */
@Controller
class RolePageController {

  private final RoleService roles;
  private final MessageSource messages;

  RolePageController(RoleService roles, MessageSource messages) {
    this.roles = roles;
    this.messages = messages;
  }

  @GetMapping("/admin/roles")
  @RequiresPermission("ADMIN.ROLE.MANAGE")
  String page(@RequestParam(required = false) String saved, Model model) {
    var matrix = roles.matrix();
    var savedRole = saved != null && matrix.containsKey(saved) ? saved : null;
    model.addAttribute("view", RoleMatrixView.of(roles, matrix, savedRole, null, null));
    return "identity/roles/matrix";
  }

  @PostMapping("/admin/roles/{code}")
  @RequiresPermission("ADMIN.ROLE.MANAGE")
  String save(@PathVariable String code, @RequestParam(name = "permissions", required = false) List<String> permissions,
      Model model, Locale locale, HttpServletResponse response) {
    RoleApiController.requireRole(roles, code);
    var ticked = new LinkedHashSet<String>(permissions == null ? List.of() : permissions);
    try {
      roles.setPermissions(code, ticked);
      return "redirect:/admin/roles?saved=" + code;
    } catch (BusinessRuleException e) {
      response.setStatus(e.status().value());
      var matrix = new LinkedHashMap<>(roles.matrix());
      matrix.put(code, new TreeSet<>(ticked)); // keep what the user ticked in the refused column
      var error = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
      model.addAttribute("view", RoleMatrixView.of(roles, matrix, null, code, error));
      return "identity/roles/matrix";
    }
  }
}
