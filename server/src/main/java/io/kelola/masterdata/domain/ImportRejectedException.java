package io.kelola.masterdata.domain;

import java.util.List;

/** An import file with at least one problem: nothing was written; every problem found is listed. */
public class ImportRejectedException extends RuntimeException {

  private final transient List<ImportProblem> problems;

  public ImportRejectedException(List<ImportProblem> problems) {
    super("Import rejected: " + problems.size() + " problem(s)");
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
