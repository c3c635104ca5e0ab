package io.kelola.events;

import io.kelola.shared.security.CurrentUser;
import io.kelola.shared.security.KelolaPrincipal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishing API for every module: records an event in the caller's transaction (transactional
 * outbox), so it is delivered exactly when the change it announces commits.
 */
@Service
public class Events {

  private final OutboxRepository outbox;
  private final EventCatalog catalog;
  private final OutboxRelay relay;
  private final JsonMapper json;
  private final Clock clock;

  Events(OutboxRepository outbox, EventCatalog catalog, OutboxRelay relay, JsonMapper json, Clock clock) {
    this.outbox = outbox;
    this.catalog = catalog;
    this.relay = relay;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records an event; the outbox row is written just before the caller's transaction commits and
   * commits with it. The actor is the signed-in caller (none for system work), the time comes from
   * the application clock. Events for one resource are delivered in the order their transactions
   * commit.
   *
   * @param subject a catalog subject such as {@code qc.job.created}
   * @param resourceId public id of the resource the event is about (lot code, job UUID…), at most 100
   *     characters
   * @param ownerUserId public UUID of the user who owns the resource, for owner-scoped delivery; may
   *     be null
   * @param payload serialises to a JSON object; must be the catalog's payload type when it has one;
   *     null means an empty object
   * @return the envelope; its {@code sequence} is assigned when the relay delivers it and is 0 here
   * @throws UnknownEventTypeException when the subject is not in the catalog
   * @throws IllegalArgumentException when the subject, resource id or payload is malformed
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public EventEnvelope publish(String subject, String resourceId, UUID ownerUserId, Object payload) {
    SubjectPattern.requireValidSubject(subject);
    var type = catalog.require(subject);
    if (resourceId == null || resourceId.isBlank() || resourceId.length() > 100) {
      throw new IllegalArgumentException("Event " + subject + " needs a resource id of 1 to 100 characters");
    }
    if (payload != null && type.payloadType() != null && !type.payloadType().isInstance(payload)) {
      throw new IllegalArgumentException("Event " + subject + " carries a " + type.payloadType().getName()
          + ", not a " + payload.getClass().getName());
    }
    if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      throw new IllegalStateException("Event " + subject + " published in a read-only transaction");
    }
    var envelope = new EventEnvelope(0, UUID.randomUUID(), subject,
        clock.instant().truncatedTo(ChronoUnit.MICROS),
        CurrentUser.get().map(KelolaPrincipal::userUuid).orElse(null),
        ownerUserId, resourceId, toObject(subject, payload));
    pendingInThisTransaction().add(envelope);
    return envelope;
  }

  /**
   * Events sequenced after {@code sequence}, in delivery order, at most {@code limit} (1 to 1000): what a
   * reconnecting realtime client missed. Includes rows the relay has not delivered yet.
   */
  @Transactional(readOnly = true)
  public List<EventEnvelope> since(long sequence, int limit) {
    if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be 1 to 1000, not " + limit);
    return outbox.since(sequence, limit);
  }

  /**
   * The newest sequence given so far (0 when none): where a client that has seen nothing yet stands,
   * so that a reconnect replays what it missed from here.
   */
  @Transactional(readOnly = true)
  public long latestSequence() {
    return outbox.latestSequence();
  }

  /**
   * The oldest sequence still retained, empty when the outbox is empty: a client whose last seen
   * sequence is older than this minus one missed events that retention already deleted.
   */
  @Transactional(readOnly = true)
  public OptionalLong oldestRetained() {
    var id = outbox.oldestSequence();
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /** The events this transaction published so far; the first call registers the commit hooks. */
  @SuppressWarnings("unchecked")
  private List<EventEnvelope> pendingInThisTransaction() {
    var pending = (List<EventEnvelope>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      var list = new ArrayList<EventEnvelope>();
      TransactionSynchronizationManager.bindResource(this, list);
      TransactionSynchronizationManager.registerSynchronization(new OutboxWrite(list));
      pending = list;
    }
    return pending;
  }

  private ObjectNode toObject(String subject, Object payload) {
    if (payload == null) return json.createObjectNode();
    var tree = json.valueToTree(payload);
    if (tree instanceof ObjectNode object) return object;
    throw new IllegalArgumentException("Event " + subject + " payload must be a JSON object, not " + tree.getNodeType());
  }

  /**
   * Writes the transaction's events at the last moment before commit, holding a lock per resource
   * until the commit: a resource's outbox ids then follow commit order, which is the order the relay
   * delivers in. Locks are taken in key order, so committing transactions cannot deadlock on them.
   */
  private final class OutboxWrite implements TransactionSynchronization {

    private final List<EventEnvelope> pending;

    OutboxWrite(List<EventEnvelope> pending) {
      this.pending = pending;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      var keys = new TreeSet<Integer>();
      for (var e : pending) keys.add(e.resourceId().hashCode());
      outbox.lockResources(keys);
      for (var e : pending) outbox.insert(e);
    }

    @Override
    public void afterCommit() {
      relay.nudge();
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(Events.this);
    }
  }
}
