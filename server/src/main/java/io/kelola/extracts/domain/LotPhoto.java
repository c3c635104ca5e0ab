package io.kelola.extracts.domain;

import java.util.UUID;

/** A sample photo of a lot: where its bytes are and what the header said about them. */
public record LotPhoto(@com.fasterxml.jackson.annotation.JsonIgnore long id, UUID uuid, int seq,
    @com.fasterxml.jackson.annotation.JsonIgnore String fileKey, String contentType, int width, int height, int bytes) {}
