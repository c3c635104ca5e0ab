package io.kelola.identity.web;

import io.kelola.web.ListLinks;
import io.kelola.identity.domain.RoleService;
import io.kelola.identity.domain.UserService;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.Requests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/users}: searchable, filterable, sortable user list. An htmx request (live search,
 * sort, paging) gets only the table; anything else, including htmx history restores, the full page.
 */
@Controller
class UserListPageController {

  private final UserService users;
  private final RoleService roles;

  UserListPageController(UserService users, RoleService roles) {
    this.users = users;
    this.roles = roles;
  }

  @GetMapping("/admin/users")
  @RequiresPermission("ADMIN.USER.READ")
  String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
      @RequestParam(required = false) String q, @RequestParam(required = false) String role,
      @RequestParam(required = false) String active, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    var query = PageQuery.of(ListLinks.intOrNull(page), ListLinks.intOrNull(size), sort, dir, ListLinks.searchText(q));
    var roleCode = ListLinks.roleCode(role);
    var roleFilter = roleCode == null ? "" : roleCode;
    var activeFilter = "true".equals(active) || "false".equals(active) ? active : "";
    var result = users.list(query, roleFilter.isEmpty() ? null : roleFilter,
        activeFilter.isEmpty() ? null : Boolean.valueOf(activeFilter));
    var filters = new LinkedHashMap<String, String>();
    filters.put("q", query.q());
    filters.put("role", roleFilter);
    filters.put("active", activeFilter);
    var caller = CurrentUser.get().orElseThrow();
    model.addAttribute("view", new UserListView(result, query.q() == null ? "" : query.q(), roleFilter, activeFilter,
        roles.roles(), new ListLinks("/admin/users", filters, query), caller.can("ADMIN.USER.CREATE")));
    response.addHeader("Vary", "HX-Request");
    if (!tableOnly(request)) return "identity/admin/users";
    model.addAttribute("oob", true); // the table also refreshes the sort state kept in the search form
    return "identity/admin/usersTable";
  }

  private static boolean tableOnly(HttpServletRequest request) {
    return Requests.isHtmx(request)
        && !"true".equals(request.getHeader("HX-History-Restore-Request"))
        && !"true".equals(request.getHeader("HX-Boosted"));
  }
}
