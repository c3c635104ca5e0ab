package io.kelola.identity.web;

import io.kelola.identity.domain.MenuAdminService;
import io.kelola.identity.domain.MenuEntry;
import io.kelola.identity.domain.RoleService;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/menus}: the menu tree, a page per menu to edit it and its roles, and "new menu". */
@Controller
class MenuAdminPageController {

  private static final Set<String> SAVED = Set.of("created", "details", "roles");

  private final MenuAdminService menus;
  private final RoleService roles;
  private final MessageSource messages;

  MenuAdminPageController(MenuAdminService menus, RoleService roles, MessageSource messages) {
    this.menus = menus;
    this.roles = roles;
    this.messages = messages;
  }

  @GetMapping("/admin/menus")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  String list(Model model) {
    model.addAttribute("menus", menus.all());
    return "identity/menus/list";
  }

  @GetMapping("/admin/menus/new")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  String newMenu(Model model) {
    return edit(model, null, MenuForm.blank(), Map.of(), Set.of(), null, null);
  }

  @PostMapping("/admin/menus")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String icon, @RequestParam(defaultValue = "") String path,
      @RequestParam(defaultValue = "") String parentCode, @RequestParam(defaultValue = "") String sortOrder,
      @RequestParam(defaultValue = "") String permissionCode, @RequestParam(defaultValue = "false") boolean active,
      @RequestParam(required = false) List<String> roles, Model model, Locale locale, HttpServletResponse response) {
    var form = new MenuForm(code.strip(), name, icon, path, parentCode, sortOrder, permissionCode, active, MenuForm.roleSet(roles));
    var errors = errors(form, menus.problems(form.code(), null, form.draft(), form.roles()), locale);
    if (errors.isEmpty()) {
      try {
        menus.create(form.code(), form.draft(), form.roles());
        return "redirect:/admin/menus/" + form.code() + "?saved=created";
      } catch (BusinessRuleException e) {
        errors.put(e.field() == null ? "name" : e.field(), text(e, locale));
      }
    }
    response.setStatus(400);
    return edit(model, null, form, errors, Set.of(), null, null);
  }

  @GetMapping("/admin/menus/{code}")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  String show(@PathVariable String code, @RequestParam(required = false) String saved, Model model) {
    var menu = menus.get(code);
    return edit(model, menu, MenuForm.of(menu), Map.of(), Set.copyOf(menu.roles()), null,
        saved != null && SAVED.contains(saved) ? saved : null);
  }

  @PostMapping("/admin/menus/{code}")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  String update(@PathVariable String code, @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String icon, @RequestParam(defaultValue = "") String path,
      @RequestParam(defaultValue = "") String parentCode, @RequestParam(defaultValue = "") String sortOrder,
      @RequestParam(defaultValue = "") String permissionCode, @RequestParam(defaultValue = "false") boolean active,
      Model model, Locale locale, HttpServletResponse response) {
    var menu = menus.get(code);
    var form = new MenuForm(code, name, icon, path, parentCode, sortOrder, permissionCode, active, Set.copyOf(menu.roles()));
    var errors = errors(form, menus.problems(null, code, form.draft(), null), locale);
    if (errors.isEmpty()) {
      try {
        menus.update(code, form.draft());
        return "redirect:/admin/menus/" + code + "?saved=details";
      } catch (BusinessRuleException e) {
        errors.put(e.field() == null ? "name" : e.field(), text(e, locale));
      }
    }
    response.setStatus(400);
    return edit(model, menu, form, errors, Set.copyOf(menu.roles()), null, null);
  }

  @PostMapping("/admin/menus/{code}/roles")
  @RequiresPermission("ADMIN.MENU.MANAGE")
  String setRoles(@PathVariable String code, @RequestParam(required = false) List<String> roles, Model model,
      Locale locale, HttpServletResponse response) {
    var menu = menus.get(code);
    var ticked = MenuForm.roleSet(roles);
    try {
      menus.setRoles(code, ticked);
      return "redirect:/admin/menus/" + code + "?saved=roles";
    } catch (BusinessRuleException e) {
      response.setStatus(e.status().value());
      return edit(model, menu, MenuForm.of(menu), Map.of(), ticked, text(e, locale), null);
    }
  }

  private String edit(Model model, MenuEntry menu, MenuForm form, Map<String, String> errors, Set<String> assigned,
      String rolesError, String saved) {
    model.addAttribute("view", new MenuEditView(menu == null, form, errors, parentChoices(menu),
        roles.permissions(), roles.roles(), assigned, rolesError, saved, hiddenFor(menu)));
    return "identity/menus/edit";
  }

  /** The side menu shows a child only to roles that also see its parent group. */
  private List<String> hiddenFor(MenuEntry menu) {
    if (menu == null || menu.parentCode() == null) return List.of();
    var parentRoles = menus.get(menu.parentCode()).roles();
    return menu.roles().stream().filter(r -> !parentRoles.contains(r)).toList();
  }

  /** Menus that may become the parent: all but the menu itself and its own descendants. */
  private List<MenuEntry> parentChoices(MenuEntry self) {
    var result = new ArrayList<MenuEntry>();
    int skipBelow = -1;
    for (var m : menus.all()) {
      if (skipBelow >= 0 && m.depth() > skipBelow) continue;
      skipBelow = -1;
      if (self != null && m.code().equals(self.code())) {
        skipBelow = m.depth();
        continue;
      }
      result.add(m);
    }
    return result;
  }

  private Map<String, String> errors(MenuForm form, List<BusinessRuleException> problems, Locale locale) {
    var errors = new LinkedHashMap<String, String>();
    if (form.sortOrderNumber() == null) {
      errors.put("sort_order", messages.getMessage("menu.sortOrder.range", new Object[] {0, 99_999}, locale));
    }
    problems.forEach(p -> errors.putIfAbsent(p.field(), text(p, locale)));
    return errors;
  }

  private String text(BusinessRuleException e, Locale locale) {
    return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
  }
}
