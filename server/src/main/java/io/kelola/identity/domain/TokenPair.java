package io.kelola.identity.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an API client receives: a 15-minute access token and a one-use refresh token. */
public record TokenPair(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("refresh_token") String refreshToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {}
