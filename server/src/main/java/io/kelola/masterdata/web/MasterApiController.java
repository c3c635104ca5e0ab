package io.kelola.masterdata.web;

import io.kelola.masterdata.domain.MasterKinds;
import io.kelola.masterdata.domain.MasterService;
import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.RequiresPermission;
import io.kelola.shared.web.PageQuery;
import io.kelola.shared.web.PageResult;
import io.kelola.web.ListLinks;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One API for every simple master ({@code customers}, {@code items}, …, see {@link MasterKinds}):
 * rows are addressed by business code; bodies are JSON objects of the master's fields.
 */
@RestController
@RequestMapping("/api/v1/master/{kind}")
class MasterApiController {

  private final MasterKinds kinds;
  private final MasterService masters;

  MasterApiController(MasterKinds kinds, MasterService masters) {
    this.kinds = kinds;
    this.masters = masters;
  }

  /** {@code deleted=true} also lists soft-deleted rows, for holders of MASTER.DELETE only. */
  @GetMapping
  @RequiresPermission("MASTER.READ")
  PageResult<Map<String, Object>> list(@PathVariable String kind, @RequestParam(required = false) String page,
      @RequestParam(required = false) String size, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String q,
      @RequestParam(required = false) String deleted) {
    var master = kinds.require(kind);
    var query = PageQuery.of(ListLinks.intOrNull(page), ListLinks.intOrNull(size), sort, dir, ListLinks.searchText(q));
    return masters.list(master, query, "true".equals(deleted) && canDelete()).map(r -> r.toJson());
  }

  @GetMapping("/{code}")
  @RequiresPermission("MASTER.READ")
  Map<String, Object> get(@PathVariable String kind, @PathVariable String code) {
    return masters.get(kinds.require(kind), code).toJson();
  }

  @PostMapping
  @RequiresPermission("MASTER.MANAGE")
  ResponseEntity<Map<String, Object>> create(@PathVariable String kind, @RequestBody Map<String, Object> body) {
    var created = masters.create(kinds.require(kind), body);
    return ResponseEntity.created(URI.create("/api/v1/master/" + kind + "/" + created.code())).body(created.toJson());
  }

  @PutMapping("/{code}")
  @RequiresPermission("MASTER.MANAGE")
  Map<String, Object> update(@PathVariable String kind, @PathVariable String code,
      @RequestBody Map<String, Object> body) {
    return masters.update(kinds.require(kind), code, body).toJson();
  }

  @DeleteMapping("/{code}")
  @RequiresPermission("MASTER.DELETE")
  ResponseEntity<Void> delete(@PathVariable String kind, @PathVariable String code) {
    masters.delete(kinds.require(kind), code);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{code}/restore")
  @RequiresPermission("MASTER.DELETE")
  Map<String, Object> restore(@PathVariable String kind, @PathVariable String code) {
    return masters.restore(kinds.require(kind), code).toJson();
  }

  static boolean canDelete() {
    return CurrentUser.get().map(p -> p.can("MASTER.DELETE")).orElse(false);
  }
}
