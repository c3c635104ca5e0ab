package io.kelola.inventory.web;

import io.kelola.inventory.web.Trace.Direction;
import io.kelola.shared.web.BusinessRuleException;
import io.kelola.shared.web.PageQuery;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a lot's detail and trace for the page, the API and the recall export alike. */
@Component
class LotReader {

  static final int DETAIL_MOVES = 50;

  private final LotQueries lots;
  private final MoveQueries moves;
  private final TraceQueries traces;

  LotReader(LotQueries lots, MoveQueries moves, TraceQueries traces) {
    this.lots = lots;
    this.moves = moves;
    this.traces = traces;
  }

  @Transactional(readOnly = true)
  LotDetail detail(String rawUuid) {
    var found = find(rawUuid);
    var lotMoves = moves.ofLot(found.getKey(), PageQuery.first(DETAIL_MOVES));
    return new LotDetail(found.getValue(), lots.balances(found.getKey()), lotMoves.items(), lotMoves.total(),
        traces.trace(found.getKey(), Direction.BOTH));
  }

  @Transactional(readOnly = true)
  Trace trace(String rawUuid, Direction direction) {
    return traces.trace(find(rawUuid).getKey(), direction);
  }

  @Transactional(readOnly = true)
  LotRow lot(String rawUuid) {
    return find(rawUuid).getValue();
  }

  private Map.Entry<Long, LotRow> find(String rawUuid) {
    return lots.find(ReadFilters.uuidOrNotFound(rawUuid)).orElseThrow(() -> BusinessRuleException.notFound("inv.lot.notFound"));
  }
}
