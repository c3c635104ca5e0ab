package io.kelola.shared.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a pager needs. JSON: {items, page, size, total, pages}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

  public PageResult(List<T> items, PageQuery query, long total) {
    this(List.copyOf(items), query.page(), query.size(), total);
  }

  @com.fasterxml.jackson.annotation.JsonProperty("pages")
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean hasNext() {
    return page < pages();
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean hasPrevious() {
    return page > 1;
  }

  public <R> PageResult<R> map(Function<T, R> f) {
    return new PageResult<>(items.stream().map(f).toList(), page, size, total);
  }
}
