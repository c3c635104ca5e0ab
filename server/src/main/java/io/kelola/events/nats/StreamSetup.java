package io.kelola.events.nats;

import io.kelola.events.EventsProperties;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;

/** Creates the events stream when it is missing; an existing stream is left as its operator set it. */
final class StreamSetup {

  private static final int STREAM_NOT_FOUND = 10059;

  private StreamSetup() {}

  static void ensure(Connection connection, EventsProperties props) throws IOException, JetStreamApiException {
    var jsm = connection.jetStreamManagement();
    var name = props.nats().stream();
    try {
      jsm.getStreamInfo(name);
    } catch (JetStreamApiException ex) {
      if (ex.getApiErrorCode() != STREAM_NOT_FOUND) throw ex;
      jsm.addStream(StreamConfiguration.builder()
          .name(name)
          .subjects(EnvelopeCodec.PREFIX + ">")
          .storageType(StorageType.File)
          .retentionPolicy(RetentionPolicy.Limits)
          .duplicateWindow(props.nats().duplicateWindow())
          .maxAge(props.retention())
          .build());
    }
  }
}
