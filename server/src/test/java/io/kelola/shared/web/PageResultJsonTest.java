package io.kelola.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** API clients page with {@code pages}; the template helpers stay out of the JSON. */
class PageResultJsonTest {

  @Test
  void jsonCarriesItemsPageSizeTotalAndPages() {
    var json = JsonMapper.builder().build().valueToTree(new PageResult<>(List.of("a", "b"), 2, 2, 5));
    assertThat(json.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total", "pages");
    assertThat(json.get("pages").asInt()).isEqualTo(3);
  }
}
