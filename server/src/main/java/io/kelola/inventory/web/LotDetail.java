package io.kelola.inventory.web;

import java.util.List;

/** Everything known about one lot: header facts, balances by location, latest moves and the trace. */
public record LotDetail(LotRow lot, List<LotBalance> balances, List<MoveRow> moves, long moveCount, Trace trace) {}
