package io.kelola.masterdata.domain;

import io.kelola.shared.web.BusinessRuleException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Input with one or more invalid fields; the first one becomes the problem detail, forms show them all. */
public class InvalidMasterException extends BusinessRuleException {

  private final transient List<FieldProblem> problems;

  public InvalidMasterException(List<FieldProblem> problems) {
    super(HttpStatus.BAD_REQUEST, problems.getFirst().messageKey(), problems.getFirst().field(),
        problems.getFirst().args());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
